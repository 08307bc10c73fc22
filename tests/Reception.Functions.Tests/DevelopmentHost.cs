using Microsoft.Extensions.Hosting;
using Moq;

namespace Reception.Functions.Tests;

// The authenticator lets staff keys act only in Development; these tests sign in with staff keys.
internal static class DevelopmentHost
{
    public static IHostEnvironment Environment { get; } =
        Mock.Of<IHostEnvironment>(e => e.EnvironmentName == Environments.Development);
}
