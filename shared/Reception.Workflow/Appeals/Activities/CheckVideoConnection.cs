using System.Globalization;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using Reception.Domain.Calendar;
using Reception.Domain.Schedule;
using Reception.Domain.Time;
using Reception.Workflow.Schedule;
using Reception.Workflow.Time;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// §12: whether the appeal's video reception is due its connection details now. They go out
/// <see cref="VideoConnectionOptions.WorkingDaysBefore"/> working days before the reception at
/// <see cref="VideoConnectionOptions.SendAt"/> (at once when booked later than that), from the
/// reception day as the office keeps it. An activity, so the clock is read once and replays agree.
/// </summary>
public sealed class CheckVideoConnection(IAppealStore appeals, IScheduleStore schedule, WorkingCalendar calendar, ReceptionClock clock, IOptions<VideoConnectionOptions> options)
    : TaskActivity<string, VideoConnectionCheck>
{
    public override Task<VideoConnectionCheck> RunAsync(TaskActivityContext context, string input) => ExecuteAsync(input, CancellationToken.None);

    public async Task<VideoConnectionCheck> ExecuteAsync(string appealId, CancellationToken cancellationToken)
    {
        AppealRecord appeal = await appeals.FindAsync(appealId, cancellationToken)
            ?? throw new InvalidOperationException($"Appeal {appealId} is not stored.");
        if (appeal.Progress.Slot is not { Mode: ReceptionMode.Video } slot)
        {
            return new VideoConnectionCheck(VideoConnectionState.Nothing);
        }

        VideoConnectionOptions settings = options.Value;
        string key = string.Create(CultureInfo.InvariantCulture, $"{slot.OfficialId}/{slot.Date:yyyy-MM-dd}/{slot.Time:HH\\:mm}");
        DateTimeOffset now = clock.GetUtcNow();
        DateTimeOffset reception = AlmatyTime.StartOfDay(slot.Date).Add(slot.Time.ToTimeSpan());
        DateOnly sendOn = calendar.SubtractWorkingDays(slot.Date, settings.WorkingDaysBefore);
        DateTimeOffset sendAt = AlmatyTime.StartOfDay(sendOn).Add(settings.SendAt.ToTimeSpan());
        if (sendAt > reception)
        {
            // WorkingDaysBefore 0 with a send time after the reception's: the details go out as the day starts, never not at all.
            sendAt = AlmatyTime.StartOfDay(slot.Date);
        }

        if (now >= reception)
        {
            return new VideoConnectionCheck(VideoConnectionState.Nothing, key);
        }

        if (now < sendAt)
        {
            return new VideoConnectionCheck(VideoConnectionState.NotYet, key, LookAgainAtUtc: clock.ToRealTime(sendAt).UtcDateTime, SendOn: sendOn);
        }

        ScheduledDay? day = await schedule.FindDayAsync(slot.OfficialId, slot.Date, cancellationToken);
        if (!string.IsNullOrWhiteSpace(day?.Connection))
        {
            return new VideoConnectionCheck(VideoConnectionState.Due, key, day.Connection, SendOn: sendOn);
        }

        DateTimeOffset again = now + settings.RecheckEvery < reception ? now + settings.RecheckEvery : reception;
        return new VideoConnectionCheck(VideoConnectionState.Missing, key, LookAgainAtUtc: clock.ToRealTime(again).UtcDateTime, SendOn: sendOn);
    }
}
