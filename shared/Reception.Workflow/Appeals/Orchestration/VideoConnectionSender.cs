using Microsoft.DurableTask;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Durable;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Appeals.Orchestration;

/// <summary>
/// §12 (issue 30): the applicant booked by video is sent the day's connection details in time, once
/// per reception (again after a move to another video reception). Runs beside the waits of the
/// reception phase (<see cref="StaffWaits"/>'s side work), so a move is seen before anything is sent.
/// Details not recorded at the send time are escalated once per reception, and looked for again.
/// </summary>
internal sealed class VideoConnectionSender(TaskOrchestrationContext context, string appealId, AppealSteps steps)
{
    /// <summary>Checks of one appeal; hourly rechecks for weeks are far fewer.</summary>
    private const int MaxChecks = 1000;

    private string? sentFor;
    private string? escalatedFor;
    private int checks;

    /// <summary>Does what is due now; returns the real instant to be called again, or null when nothing is pending.</summary>
    public async Task<DateTime?> NextAsync()
    {
        if (++checks > MaxChecks)
        {
            return null;
        }

        VideoConnectionCheck check = await context.CallActivityAsync<VideoConnectionCheck>(nameof(CheckVideoConnection), appealId, ActivityRetry.Standard);
        switch (check.State)
        {
            case VideoConnectionState.NotYet:
                return check.LookAgainAtUtc;

            case VideoConnectionState.Due when sentFor != check.SlotKey:
                await steps.AdvanceAsync(StepName.VideoConnectionSent, Rule.R17,
                    $"The connection details of the video reception ({check.SlotKey}) were sent to the applicant.",
                    awaiting: StaffActions.Reception, notify: NotificationKind.VideoConnection,
                    values: new Dictionary<string, string> { ["connection"] = check.Connection! });
                sentFor = check.SlotKey;
                return null;

            case VideoConnectionState.Missing:
                if (escalatedFor != check.SlotKey)
                {
                    string date = check.SlotKey.Split('/')[1];
                    await steps.AdvanceAsync(StepName.VideoConnectionMissing, Rule.R17,
                        $"No connection details are recorded for the video reception ({check.SlotKey}); escalated to the Department's head.",
                        awaiting: StaffActions.Reception, notify: NotificationKind.Escalation, audience: Audience.DepartmentHead,
                        values: new Dictionary<string, string> { ["due"] = date, ["rule"] = Rule.R17 });
                    escalatedFor = check.SlotKey;
                }

                return check.LookAgainAtUtc;

            default:
                return null;
        }
    }
}
