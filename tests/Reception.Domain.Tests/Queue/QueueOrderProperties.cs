using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reception.Domain.Queue;

namespace Reception.Domain.Tests.Queue;

public class QueueOrderProperties
{
    private static readonly DateTimeOffset Day = new(2026, 4, 1, 4, 0, 0, TimeSpan.Zero);

    // Few ids and few instants, so ties in category and in time are common.
    private static QueueEntry Entry(byte id, bool outOfTurn, byte minute) =>
        new($"a{id % 8}", outOfTurn, Day.AddMinutes(minute % 5));

    [Property]
    public Property R7_Compare_IsAntisymmetric(byte i1, bool o1, byte m1, byte i2, bool o2, byte m2)
    {
        QueueEntry x = Entry(i1, o1, m1), y = Entry(i2, o2, m2);
        return (Math.Sign(QueueOrder.Instance.Compare(x, y)) == -Math.Sign(QueueOrder.Instance.Compare(y, x))).ToProperty();
    }

    [Property]
    public Property R7_Compare_IsTransitive(byte i1, bool o1, byte m1, byte i2, bool o2, byte m2, byte i3, bool o3, byte m3)
    {
        QueueEntry[] sorted = [.. new[] { Entry(i1, o1, m1), Entry(i2, o2, m2), Entry(i3, o3, m3) }.Order(QueueOrder.Instance)];
        return (QueueOrder.Instance.Compare(sorted[0], sorted[2]) <= 0).ToProperty();
    }

    [Property]
    public Property R7_Compare_IsTotal_ZeroOnlyForTheSameEntry(byte i1, bool o1, byte m1, byte i2, bool o2, byte m2)
    {
        QueueEntry x = Entry(i1, o1, m1), y = Entry(i2, o2, m2);
        return ((QueueOrder.Instance.Compare(x, y) == 0) == (x == y)).ToProperty();
    }

    [Property]
    public Property R7_NoRegularApplicantPrecedesAnOutOfTurnOne(bool[] outOfTurn, byte[] minutes)
    {
        List<QueueEntry> entries = outOfTurn
            .Select((o, i) => new QueueEntry($"a{i:D3}", o, Day.AddMinutes(minutes.Length == 0 ? 0 : minutes[i % minutes.Length])))
            .ToList();

        IReadOnlyList<QueueEntry> queue = QueueOrder.Sort(entries);

        int firstRegular = queue.ToList().FindIndex(e => !e.OutOfTurn);
        return (firstRegular < 0 || queue.Skip(firstRegular).All(e => !e.OutOfTurn)).ToProperty();
    }

    [Property]
    public Property R7_Sort_IsDeterministicWhateverTheInputOrder(bool[] outOfTurn, int seed)
    {
        List<QueueEntry> entries = outOfTurn.Select((o, i) => new QueueEntry($"a{i:D3}", o, Day.AddMinutes(i % 3))).ToList();
        var random = new Random(seed);
        List<QueueEntry> shuffled = entries.OrderBy(_ => random.Next()).ToList();

        return QueueOrder.Sort(entries).SequenceEqual(QueueOrder.Sort(shuffled)).ToProperty();
    }

    [Fact]
    public void R7_OutOfTurnRegisteredLater_StillComesFirst()
    {
        var regular = new QueueEntry("a1", false, Day);
        var veteran = new QueueEntry("a2", true, Day.AddDays(3));

        Assert.Equal([veteran, regular], QueueOrder.Sort([regular, veteran]));
    }
}
