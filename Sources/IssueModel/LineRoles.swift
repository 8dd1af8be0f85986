import Glibc

/// The role of each line of a page — kicker, headline, subheadline or body — decided together: each
/// line's own evidence (`LineFeatures`, weighed by `LineRoleWeights`, fitted on real pages) and how
/// roles follow one another on a page (a kicker is followed by its headline, a subheadline by the
/// body…), the likeliest sequence found by Viterbi.
enum LineRole: Int, CaseIterable, Sendable {
    case kicker, headline, subheadline, body

    var isTitle: Bool { self != .body }
}

/// Weights fitted for one kind of page (`LineRoleWeights`): per feature, one for each role; and
/// the log of each role's share of the lines fitted on.
struct LineRoleModel: Sendable {
    let weights: [[Double]]
    let prior: [Double]
}

enum LineRoles {
    /// A model's weights as one vector of four (kicker, headline, subheadline, body) per feature.
    struct Vectors: Sendable {
        let weights: [SIMD4<Double>]
        let prior: SIMD4<Double>

        init(_ model: LineRoleModel) {
            weights = model.weights.map { SIMD4($0[0], $0[1], $0[2], $0[3]) }
            prior = SIMD4(model.prior[0], model.prior[1], model.prior[2], model.prior[3])
        }
    }

    /// Pages whose articles stand further apart than their paragraphs are read by one model, pages
    /// with one gap everywhere (only the text tells) by the other.
    static let spaced = Vectors(LineRoleWeights.spaced), flat = Vectors(LineRoleWeights.flat)

    static func decide(_ lines: [PageLine], pageStart: Int) -> [LineRole] {
        let count = lines.count - pageStart
        guard count > 0 else { return [] }
        let page = LineFeatures.Page(lines[pageStart...])
        let model = page.spaced ? spaced : flat, weights = model.weights
        let ownCount = LineFeatures.ownNames.count
        // The model is linear, so each line's own features are weighed once for each of the three
        // places they count in — as the line, as the line before (for the next line), as the line
        // after (for the one before) — and added where they count: one vector a line, held.
        var evidence = [SIMD4<Double>](repeating: weights[0], count: count)
        for (index, line) in lines[pageStart...].enumerated() {
            var asLine = SIMD4<Double>(), asPrevious = SIMD4<Double>(), asNext = SIMD4<Double>()
            for (k, value) in LineFeatures.own(line, page: page).enumerated() where value != 0 {
                asLine += value * weights[1 + k]
                asPrevious += value * weights[1 + ownCount + k]
                asNext += value * weights[1 + 2 * ownCount + k]
            }
            evidence[index] += asLine
            if index + 1 < count { evidence[index + 1] += asPrevious }
            if index > 0 { evidence[index - 1] += asNext }
        }
        let allowed = certainties(lines, pageStart: pageStart, page: page)
        let prior = LineRoleWeights.priorScale * model.prior
        let impossible = -Double.infinity
        // Each line's log P(role | line) / P(role)^priorScale: its evidence for each role, with the
        // rare roles' advantage only partly divided out (the fit has already weighed rare roles up;
        // dividing it all out made subheadlines of columns' unpunctuated lead-ins); impossible where
        // a rule forbids it.
        for index in 0..<count {
            var scores = evidence[index]
            for (j, value) in LineFeatures.context(index, of: count, page: page).enumerated() where value != 0 {
                scores += value * weights[1 + 3 * ownCount + j]
            }
            let top = scores.max()
            let total = exp(scores[0] - top) + exp(scores[1] - top) + exp(scores[2] - top) + exp(scores[3] - top)
            scores = scores - top - log(total) - prior
            for role in 0..<4 where (allowed[index] >> UInt8(role)) & 1 == 0 { scores[role] = impossible }
            evidence[index] = scores
        }
        // Any role but a subheadline may open a page (a page may begin in the middle of an article).
        func opening(_ index: Int) -> SIMD4<Double> {
            var scores = evidence[index]
            for role in 0..<4 where LineRoleWeights.start[role] == nil { scores[role] = impossible }
            return scores
        }
        var best = opening(0)
        // For each line after the first, the role before it on the best way to each role: 2 bits a role.
        var from: [UInt8] = []
        from.reserveCapacity(count)
        let body = LineRole.body.rawValue
        for line in 1..<max(1, count) {
            var next = SIMD4<Double>(repeating: impossible), links = SIMD4<Int32>()
            // On a page whose articles all stand apart, only a line set apart opens one: from body
            // text, a line with a paragraph's space above it goes on as body.
            let mayOpen = !page.articlesSetApart || lines[pageStart + line].blankLinesBefore > page.usualGap
            for role in 0..<4 {
                for previous in 0..<4 {
                    guard let fitted = LineRoleWeights.transitions[previous][role], best[previous] > impossible else { continue }
                    if !mayOpen && previous == body && role != body { continue }
                    let score = best[previous] + fitted * LineRoleWeights.transitionScale
                    if score > next[role] {
                        next[role] = score
                        links[role] = Int32(previous)
                    }
                }
                next[role] += evidence[line][role]
            }
            // Constraints that leave a line no way in (rules and roles at odds): it starts afresh,
            // as a page's first line does.
            if next.max() == impossible {
                next = opening(line)
                if next.max() == impossible { next[body] = 0 }
                let way = Int32((0..<4).max { best[$0] < best[$1] }!)
                links = SIMD4(repeating: way)
            }
            best = next
            from.append(UInt8(links[0] | links[1] << 2 | links[2] << 4 | links[3] << 6))
        }
        // A page ends in body text: a headline block opens an article, it does not close one.
        var role = best[body] > impossible ? body : (0..<4).max { best[$0] < best[$1] }!
        var result = [LineRole](repeating: .body, count: count)
        for line in stride(from: count - 1, through: 0, by: -1) {
            result[line] = LineRole(rawValue: role)!
            if line > 0 { role = Int(from[line - 1] >> UInt8(2 * role) & 0b11) }
        }
        return result
    }

    /// What the hand-set rules are sure of, as the roles each line may take (a bit per role, kicker
    /// first): a strong lead (`本报讯`, `新华社…电`, a byline), a credit, a numbered inner heading
    /// (`一、…`) are body text, never titles; a bracketed note is body (`（完）`) or a subheadline (a
    /// document's date under its title, `（2019年1月31日）`); a line that starts with a dash, or ends
    /// with a full stop, is no kicker or headline; and the title-like line right before `本报讯…`
    /// (not a byline line), or before `近日，…` / `8月21日，…` after a finished sentence, ends a
    /// headline block: it is its headline or subheadline — before a weak lead only where the page
    /// gives no better sign: on a page whose articles all stand apart, a line with no more space
    /// above it than a paragraph is an inner head (`“永远做党和人民的忠诚卫士”` before `2018年9月30日，…`;
    /// `decide` holds to that for every line of such a page).
    static func certainties(_ lines: [PageLine], pageStart: Int, page: LineFeatures.Page) -> [UInt8] {
        let all: UInt8 = 0b1111, body: UInt8 = 0b1000, notKickerOrHeadline: UInt8 = 0b1100, headlineOrSubheadline: UInt8 = 0b0110
        var allowed: [UInt8] = lines[pageStart...].map { line in
            if line.lead == .strong || line.isCredit || line.isEnumeratedHeading || line.isBylineLine { return body }
            // A bracketed note is body (`（完）`) or the subheadline under a document's title (`（2019年1月31日）`).
            if line.isBracketedNote { return notKickerOrHeadline }
            if line.shape.first == "—" || (line.endsSentence && line.shape.last == "。") { return notKickerOrHeadline }
            return all
        }
        for index in (pageStart + 1)..<max(pageStart + 1, lines.count) where lines[index - 1].isTitleLike {
            let lead = lines[index].lead
            let sentenceBefore = index - 1 == pageStart || lines[index - 2].endsSentence
            let spacingAllowsArticle = !page.articlesSetApart || lines[index - 1].blankLinesBefore > page.usualGap
            if (lead == .strong && !lines[index].isBylineLine) || (lead == .weak && sentenceBefore && spacingAllowsArticle) {
                allowed[index - 1 - pageStart] &= headlineOrSubheadline
            }
        }
        return allowed
    }
}
