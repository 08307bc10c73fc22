namespace Reception.Domain.Appeals;

/// <summary>The numbers of docs/regulation/rules.md that history steps name (<c>history[].rule</c> in docs/api.md).</summary>
public static class Rule
{
    public const string R1 = "R1";
    public const string R2 = "R2";
    public const string R3 = "R3";
    public const string R4 = "R4";
    public const string R5 = "R5";
    public const string R6 = "R6";
    public const string R7 = "R7";
    public const string R8 = "R8";
    public const string R9 = "R9";
    public const string R10 = "R10";
    public const string R11 = "R11";
    public const string R14 = "R14";
    public const string R15 = "R15";
    public const string R16 = "R16";
    public const string R17 = "R17";
    public const string R19 = "R19";
    public const string R20 = "R20";
    public const string R21 = "R21";
    public const string R23 = "R23";
    public const string R24 = "R24";
    public const string R26 = "R26";
}
