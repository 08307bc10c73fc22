using System.Reflection;
using System.Text.Json.Serialization;
using Reception.Workflow.Appeals.Activities;

namespace Reception.Workflow.Tests.Activities;

/// <summary>A change the durable engine cannot serialize would leave its step retrying forever: every kind must be registered.</summary>
public class AppealChangeSerializationTests
{
    [Fact]
    public void EveryAppealChange_IsRegisteredForPolymorphicJson()
    {
        Type[] kinds = [.. typeof(AppealChange).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(AppealChange)))];
        HashSet<Type> registered = [.. typeof(AppealChange).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType)];

        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.True(registered.Contains(kind), $"{kind.Name} has no [JsonDerivedType] on AppealChange."));
    }
}
