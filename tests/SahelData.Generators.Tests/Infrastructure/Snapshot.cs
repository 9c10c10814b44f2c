using System;
using System.IO;
using Xunit;

namespace SahelData.Generators.Tests.Infrastructure;

/// <summary>
/// Snapshot files in Verify's convention: <c>{Class}.{Method}#{name}.verified.cs</c> beside the test, committed;
/// on a mismatch <c>.received.cs</c> is written next to it and the test fails. Setting the environment variable
/// <c>SAHEL_ACCEPT_SNAPSHOTS=1</c> accepts what was received instead.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "SAHEL_ACCEPT_SNAPSHOTS";

    public static void Match(string directory, string name, string actual)
    {
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified} yet; review {received} and run again with {AcceptVariable}=1 to accept it."
            : $"The generated code differs from {verified}; compare it with {received}, and run again with {AcceptVariable}=1 to accept the change.");
    }
}
