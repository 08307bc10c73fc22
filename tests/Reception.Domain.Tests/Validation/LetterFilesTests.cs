using System.Text;
using Reception.Domain.Validation;

namespace Reception.Domain.Tests.Validation;

/// <summary>§33 (issue 30): what an answer letter may be.</summary>
public class LetterFilesTests
{
    [Theory]
    [InlineData("application/pdf", "application/pdf")]
    [InlineData("Application/PDF; name=otvet.pdf", "application/pdf")]
    [InlineData("image/jpeg", "image/jpeg")]
    [InlineData("text/html", null)]
    [InlineData("image/svg+xml", null)] // an image that can carry a script
    [InlineData(null, null)]
    public void OnlyAPdfOrAPngOrJpegIsAccepted(string? declared, string? expected) =>
        Assert.Equal(expected, LetterFiles.Accepted(declared));

    [Theory]
    [InlineData("application/pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, true)]
    [InlineData("image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, true)]
    [InlineData("image/jpeg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, true)]
    [InlineData("application/pdf", new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C }, false)] // "<html" named a PDF
    [InlineData("image/png", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, false)] // a PDF named a PNG
    public void TheContent_MustStartAsItsTypeDoes(string contentType, byte[] content, bool accepted) =>
        Assert.Equal(accepted, LetterFiles.Mismatch(contentType, content) is null);

    [Fact]
    public void AMismatch_SaysWhatTheFileIsNot() =>
        Assert.Contains("application/pdf", LetterFiles.Mismatch("application/pdf", Encoding.ASCII.GetBytes("GIF89a")), StringComparison.Ordinal);
}
