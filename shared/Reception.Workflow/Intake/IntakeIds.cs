using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Reception.Workflow.Intake;

/// <summary>The identities of one appeal.</summary>
public sealed record IntakeIds(string AppealId, string TrackingCode);
