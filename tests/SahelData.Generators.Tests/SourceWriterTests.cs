using SahelData.Generators.Emission;
using Xunit;

namespace SahelData.Generators.Tests;

public sealed class SourceWriterTests
{
    [Fact]
    public void Text_of_several_lines_is_indented_line_by_line()
    {
        var writer = new SourceWriter();
        writer.Open("class C").Line("int A;\nint B;\r\n\r\nint C;").Close();
        Assert.Equal("class C\n{\n    int A;\n    int B;\n\n    int C;\n}\n", writer.ToString());
    }

    [Fact]
    public void One_line_and_empty_lines_are_written_as_before()
    {
        var writer = new SourceWriter();
        writer.Open("class C").Line().Line("int A;").Close(";");
        Assert.Equal("class C\n{\n\n    int A;\n};\n", writer.ToString());
    }
}
