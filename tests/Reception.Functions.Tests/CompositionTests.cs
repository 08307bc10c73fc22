using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reception.Api;
using Reception.Storage;
using Reception.Storage.Configuration;
using Reception.Storage.Notifications;
using Reception.Workflow;

namespace Reception.Functions.Tests;

public class CompositionTests
{
    /// <summary>
    /// The worker creates each function class from the container: a class whose constructor needs
    /// something Program.cs does not register would only fail in Azure, at its first invocation.
    /// </summary>
    [Fact]
    public void EveryFunctionClass_CanBeCreatedFromTheServicesProgramRegisters()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Reception:Notifications:SmsGatewayUrl"] = "http://127.0.0.1:1/sms",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddSingleton(DevelopmentHost.Environment);
        services.AddReceptionWorkflow(configuration);
        services.AddReceptionApi(configuration);
        services.AddReceptionStorage(StorageConnection.FromConfiguration(configuration));
        services.AddNotificationChannels(configuration);
        using ServiceProvider provider = services.BuildServiceProvider();

        Type[] functionClasses = [.. typeof(Intake.IntakeFunctions).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))];

        Assert.True(functionClasses.Length >= 10, $"{functionClasses.Length} function classes found");
        Assert.All(functionClasses, t => Assert.NotNull(ActivatorUtilities.CreateInstance(provider, t)));
    }
}
