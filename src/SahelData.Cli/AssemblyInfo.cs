[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("SahelData.Tests")]
