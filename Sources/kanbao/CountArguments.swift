import Archive
import ArgumentParser

/// `--by issue|day|week|month|year` and `--format text|csv|json`, as the command line takes them.
extension CountTable.Period: ExpressibleByArgument {}

/// How `--count` prints its table.
enum CountFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
}
