using Reception.Tests.Shared;

namespace Reception.Domain.Tests.Architecture;

/// <summary>
/// No two folders of a production project depend on each other, directly or around a loop: each
/// feature can be read, changed and moved with what it uses below it, never what uses it.
/// </summary>
public class FolderCycleTests
{
    public static TheoryData<string> ProductionProjects() =>
    [
        "shared/Reception.Domain",
        "shared/Reception.Workflow",
        "shared/Reception.Api",
        "shared/Reception.Storage",
        "functions/Reception.Functions",
        "functions/Reception.LocalHost",
    ];

    [Theory]
    [MemberData(nameof(ProductionProjects))]
    public void Folders_HaveNoCycle(string project)
    {
        FolderGraph graph = FolderGraph.Read(Path.Combine(Repository.Root, project));

        IReadOnlyList<string> cycles = graph.Cycles();
        Assert.True(cycles.Count == 0, $"Folders of {project} depend on each other: {string.Join(Environment.NewLine, cycles)}");
    }

    [Fact]
    public void Read_SeesACycleThroughAParentNamespace()
    {
        // A file of Sample.A names Sample.A.B's type through a using; Sample.A.B names Sample.A's type with no using at all.
        string folder = Directory.CreateTempSubdirectory("folder-graph-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "B"));
            File.WriteAllText(Path.Combine(folder, "Top.cs"), "using Sample.A.B;\nnamespace Sample.A;\npublic sealed class Top { Below? below; }\n");
            File.WriteAllText(Path.Combine(folder, "B", "Below.cs"), "namespace Sample.A.B;\npublic sealed class Below { Top? top; }\n");

            FolderGraph graph = FolderGraph.Read(folder);

            Assert.True(graph.DependsOn("Sample.A.B", "Sample.A"));
            Assert.Single(graph.Cycles());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Workflow_ReplayedCode_DependsOnItsActivities_NeverTheOtherWay()
    {
        FolderGraph graph = FolderGraph.Read(Path.Combine(Repository.Root, "shared/Reception.Workflow"));

        Assert.True(graph.DependsOn("Reception.Workflow.Appeals.Orchestration", "Reception.Workflow.Appeals.Activities"));
        Assert.False(graph.DependsOn("Reception.Workflow.Appeals.Activities", "Reception.Workflow.Appeals.Orchestration"));
    }
}
