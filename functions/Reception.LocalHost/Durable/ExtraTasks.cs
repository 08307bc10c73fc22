using System.Reflection;
using Microsoft.DurableTask;

namespace Reception.LocalHost.Durable;

/// <summary>
/// Registers the orchestrators and activities of an assembly named by path
/// (<see cref="LocalHostOptions.ExtraTasksAssembly"/>): how a benchmark brings its own tasks to the
/// local host without shipping them in it.
/// </summary>
internal static class ExtraTasks
{
    public static DurableTaskRegistry AddTasksOf(this DurableTaskRegistry registry, string? assemblyPath)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (string.IsNullOrWhiteSpace(assemblyPath))
        {
            return registry;
        }

        if (!File.Exists(assemblyPath))
        {
            throw new InvalidOperationException($"Reception:LocalHost:ExtraTasksAssembly names no file: {assemblyPath}.");
        }

        foreach (Type type in Assembly.LoadFrom(assemblyPath).GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (type.IsAssignableTo(typeof(ITaskOrchestrator)))
            {
                registry.AddOrchestrator(type);
            }
            else if (type.IsAssignableTo(typeof(ITaskActivity)))
            {
                registry.AddActivity(type);
            }
        }

        return registry;
    }
}
