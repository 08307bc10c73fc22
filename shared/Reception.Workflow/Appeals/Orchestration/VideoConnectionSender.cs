using Microsoft.DurableTask;
using Reception.Domain.Appeals;
using Reception.Domain.Schedule;
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
/// <param name="slot">The reception as booked: an in-person one costs no look at all until a move makes it video.</param>
internal sealed class VideoConnectionSender(TaskOrchestrationContext context, string appealId, AppealSteps steps, BookedSlot? slot)
{
    private bool video = slot?.Mode == ReceptionMode.Video;
    private string? sentFor;
    private string? escalatedFor;

    /// <summary>What the appeal awaits during the current wait: the steps recorded here leave it as it is.</summary>
    public string Awaiting { get; set; } = StaffActions.Reception;

    /// <summary>The reception moved (R7, R14, R17): whether it is by video now.</summary>
    public void Moved(AppealSnapshot moved)
    {
        ArgumentNullException.ThrowIfNull(moved);
        video = moved.Slot?.Mode == ReceptionMode.Video;
    }

    /// <summary>Does what is due now; returns the real instant to be called again, or null when nothing is pending.</summary>
    public async Task<DateTime?> NextAsync()
    {
        if (!video)
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
                    awaiting: Awaiting, notify: NotificationKind.VideoConnection,
                    values: new Dictionary<string, string> { ["connection"] = check.Connection! });
                sentFor = check.SlotKey;
                return null;

            case VideoConnectionState.Missing:
                if (escalatedFor != check.SlotKey)
                {
                    // The term missed is the send date, not the reception (which is still ahead).
                    string due = check.SendOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    await steps.AdvanceAsync(StepName.VideoConnectionMissing, Rule.R17,
                        $"No connection details are recorded for the video reception ({check.SlotKey}); escalated to the Department's head.",
                        awaiting: Awaiting, notify: NotificationKind.Escalation, audience: Audience.DepartmentHead,
                        values: new Dictionary<string, string> { ["due"] = due, ["rule"] = Rule.R17 });
                    escalatedFor = check.SlotKey;
                }

                return check.LookAgainAtUtc;

            default:
                return null;
        }
    }
}
