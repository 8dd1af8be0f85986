/// An inner section head of a long article: `讲述`, `【热议】`, `守护界碑，使命如山`, `四、提高政治能力`,
/// `“当前形势为出现新一轮难民危机敲响警钟”`, `墨西哥——` — a short line that does not end its
/// sentence, set on its own between paragraphs. People's Daily sets one in about every fifth article.
///
/// What looks the same is the first piece of a paragraph that a column break cut in two, when the
/// piece is short and ends mid-phrase. A head begins a block (the line before closed its own), and
/// the next line does not continue it. On the development month's pages (`realpages.py make`, 400
/// pages) a piece of a paragraph is never shorter than 12 characters, while 60% of heads are: below
/// 12 a line is a head; a line quoted whole (`“…”`) is one at any length up to 40; from 12 to 19
/// characters with at most one comma, a piece of a paragraph (the seed's `朝阳区医疗卫生工会主席刘`)
/// is too likely to tell apart by the line alone, so the line must be made of two phrases
/// (`5G赋能：借势东风好扬帆`) or the next line must plainly open a paragraph; longer lines and lines
/// with more commas are heads about half the time, and are left to the mending.
enum InnerHead {
    /// The longest a head runs, in visible characters.
    static let longest = 40

    /// `opensBlock`: the line before closed its paragraph (or was a head, or there is none);
    /// `next`: the line after, if the article goes on — read only if the line itself may be a head.
    static func isHead(_ line: PageLine, opensBlock: Bool, next nextLine: @autoclosure () -> PageLine?) -> Bool {
        let shape = line.shape
        guard opensBlock else { return false }
        // (A line the next one continues, `，…`, is no head.)
        func continued(_ next: PageLine?) -> Bool { next?.startsAsContinuation == true }
        let scalars = line.text.unicodeScalars
        // A label in lenticular brackets, `【热议】`, is a head; a note in round ones, `（完）`, is not.
        if line.isBracketedNote { return shape.first == "【" && shape.length <= 12 && !continued(nextLine()) }
        // (`——编者`, a dash-led attribution, is set apart but is no head.)
        guard !line.endsSentence, shape.length <= longest, shape.first != "—" else { return false }
        // A numbered head (`四、提高政治能力`, `■…`) is shaped as any other head; a numbered
        // paragraph is not.
        let shaped = line.isTitleLike || line.isEnumeratedHeading && !scalars.contains(where: TextShape.sentenceMarks.contains)
            && !["，", "、", "：", "；", ",", ":"].contains(shape.lastMark)
        // A head in the manner of a kicker, `墨西哥——` before `“欢庆让我们心灵更近了”`.
        let kickerLike = shape.last == "—" && shape.length < 12 && line.lead == .none && !line.isCredit
            && !line.startsAsContinuation && !shape.hasFullStop && shape.commas == 0
        guard shaped || kickerLike else { return false }
        let next = nextLine()
        guard !continued(next) else { return false }
        if shape.length < 12 { return true }
        if shape.first == "“" && shape.last == "”" && scalars.filter({ $0 == "“" }).count == 1 { return true }
        // From 12 characters on, a piece of a paragraph is as likely: only a head followed by what
        // plainly opens a paragraph — a quote, a number, a lead — is taken for one.
        guard shape.length < 20, shape.commas <= 1, closesWhatItOpens(scalars), let next else { return false }
        // A line made as a title is made of two phrases, `5G赋能：借势东风好扬帆`, `交通疏导 过节不歇`.
        if shape.hasColon || shape.hasSpace { return true }
        return next.shape.first == "“" || TextShape.isDigit(next.shape.first) || next.lead != .none
    }

    /// Every quote, bracket and book-title mark the line opens, it closes.
    static func closesWhatItOpens(_ scalars: Substring.UnicodeScalarView) -> Bool {
        var open = 0
        for scalar in scalars {
            switch scalar {
            case "“", "（", "(", "《", "【", "‘": open += 1
            case "”", "）", ")", "》", "】", "’": open -= 1
            default: break
            }
            if open < 0 { return false }
        }
        return open == 0
    }
}
