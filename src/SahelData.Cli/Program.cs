using System;
using SahelData.Cli;

return SahelTool.Run(args, Console.Out, Console.Error);
