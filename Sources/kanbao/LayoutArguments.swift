import ArgumentParser
import Settings
import TextLayout

/// The layout options of the command line: `--width`, `--height`, `--columns`, `--ambiguous-wide`.
struct LayoutArguments: ParsableArguments {
    @Option(help: ArgumentHelp("Cells across the page for --dump.", valueName: "cells"))
    var width = 80

    @Option(help: ArgumentHelp("Rows per page for --dump (default: each article one long page).", valueName: "rows"))
    var height: Int?

    @Option(help: ArgumentHelp("Text columns (default: from the width, 20–40 ideographs each).", valueName: "n"))
    var columns: Int?

    @Flag(help: "Treat East Asian Ambiguous characters (“ ” … —) as two cells wide, for terminals set that way.")
    var ambiguousWide = false

    @Flag(help: "Leave the right edge ragged instead of justifying full lines.")
    var noJustify = false

    @Flag(help: "Put a space on both sides of a run of Latin letters or digits between Chinese characters (近 3 年).")
    var latinSpacing = false

    @Flag(help: "Set the text vertically (竖排): top to bottom, lines right to left. With --dump, --height is the page's height (default 24 rows; taller pages are cut into bands of columns); in the reader, the article screen starts in it (v toggles).")
    var vertical = false

    @Flag(help: "Colour the --dump output by role (escape codes).")
    var color = false

    func validate() throws {
        guard width >= LayoutOptions.minimumWidth, width <= 10_000 else {
            throw ValidationError("--width must be between \(LayoutOptions.minimumWidth) and 10000.")
        }
        if let height, height < 1 || height > 10_000 { throw ValidationError("--height must be between 1 and 10000.") }
        if let columns, columns < 1 || columns > 100 { throw ValidationError("--columns must be between 1 and 100.") }
    }

    /// The options: the command line's, then the config file's, then the defaults.
    func options(_ config: Config) -> LayoutOptions {
        LayoutOptions(width: width, height: height, columns: columns ?? config.columns,
                      ambiguousWide: ambiguousWide || config.ambiguousWide == true,
                      justify: !noJustify && config.justify != false, latinSpacing: latinSpacing || config.latinSpacing == true,
                      vertical: vertical || config.vertical == true)
    }
}
