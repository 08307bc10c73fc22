namespace Reception.Domain.Appeals;

/// <summary>How a request reached the akimat (R1, §4). The channel is recorded on the appeal.</summary>
public enum Channel
{
    Egov,
    CallCenter,
    Paper,
    Courier,
    Oral,
}
