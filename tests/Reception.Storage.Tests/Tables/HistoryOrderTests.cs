using Reception.Storage.Tables;
using Reception.Workflow.Appeals;

namespace Reception.Storage.Tests.Tables;

public class HistoryOrderTests
{
    [Fact]
    public void TheInstructionsControlSteps_StandWhereTheyHappened_NotAfterTheMainLineByKey()
    {
        DateTimeOffset t = DateTimeOffset.UnixEpoch;
        KeyedStep[] stored =
        [
            new("0012-closed", new HistoryStep(t.AddSeconds(3), "closed", "R20", "Closed.")),
            new("0010-underControl", new HistoryStep(t.AddSeconds(1), "underControl", "R20", "Under control.")),
            new("i01-0001-controlStarted", new HistoryStep(t.AddSeconds(1), "controlStarted", "R20", "Instruction 1.")),
            new("i01-0002-instructionAnswered", new HistoryStep(t.AddSeconds(2), "instructionAnswered", "R20", "Answered.")),
        ];

        Assert.Equal(["underControl", "controlStarted", "instructionAnswered", "closed"], AppealEntityMapper.InKeyOrder(stored).Select(s => s.Step));
    }
}
