/// Makes plausible damage to a page: lines dropped, duplicated, split or joined, blank lines added or
/// removed, random scalars (control characters and every plane) inserted, very long lines.
public enum PageMutator {
    public static func mutate(_ text: String, using random: inout SplitMix64) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            guard !lines.isEmpty else { lines = [randomLine(using: &random)]; continue }
            let index = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<8, using: &random) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2:
                let scalars = Array(lines[index].unicodeScalars)
                let cut = Int.random(in: 0...scalars.count, using: &random)
                lines[index] = String(String.UnicodeScalarView(scalars[..<cut]))
                lines.insert(contentsOf: ["", String(String.UnicodeScalarView(scalars[cut...]))], at: index + 1)
            case 3 where index + 1 < lines.count:
                lines[index] += lines.remove(at: index + 1)
            case 4: lines.insert(contentsOf: Array(repeating: "", count: Int.random(in: 1...3, using: &random)), at: index)
            case 5: lines.insert(randomLine(using: &random), at: index)
            case 6:
                var scalars = Array(lines[index].unicodeScalars)
                scalars.insert(randomScalar(using: &random), at: Int.random(in: 0...scalars.count, using: &random))
                lines[index] = String(String.UnicodeScalarView(scalars))
            default: lines[index] = String(repeating: lines[index], count: Int.random(in: 2...20, using: &random))
            }
        }
        return lines.joined(separator: "\n")
    }

    public static func randomText(using random: inout SplitMix64) -> String {
        (0..<Int.random(in: 0...12, using: &random)).map { _ in
            Bool.random(using: &random) ? "" : randomLine(using: &random)
        }.joined(separator: "\n")
    }

    public static func randomLine(using random: inout SplitMix64) -> String {
        let pieces = ["本报讯（记者 张三）", "近日，", "8月21日，", "。", "，", "——", "……", "“", "”", "工会", "摄", " ",
                      "\u{3000}", "新华社北京8月21日电", "第3版", "一、", "A+H", "Beijing", "本报记者 李四"]
        var line = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 1...30, using: &random) {
            if Int.random(in: 0..<3, using: &random) == 0 {
                line.append(randomScalar(using: &random))
            } else {
                line.append(contentsOf: pieces.randomElement(using: &random)!.unicodeScalars)
            }
        }
        return String(line)
    }

    /// Any scalar but LF (which would only make more lines): controls, every plane, surrogates excluded.
    public static func randomScalar(using random: inout SplitMix64) -> Unicode.Scalar {
        while true {
            let value: UInt32 = switch Int.random(in: 0..<4, using: &random) {
            case 0: UInt32.random(in: 0...0x9F, using: &random)
            case 1: UInt32.random(in: 0x2000...0x303F, using: &random)
            case 2: UInt32.random(in: 0x4E00...0x9FFF, using: &random)
            default: UInt32.random(in: 0...0x10FFFF, using: &random)
            }
            if value != 0x0A, let scalar = Unicode.Scalar(value) { return scalar }
        }
    }
}
