using Microsoft.DurableTask;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Intake;
using Reception.Workflow.Ports;

namespace Reception.Workflow.Activities;

public sealed record HandedInAppeals(string ParentAppealId, IReadOnlyList<string> Subjects);
