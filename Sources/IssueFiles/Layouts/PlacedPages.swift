import IssueModel

/// Pages made of placed articles (`ArticleFileLayout`): each run of articles of one place (date,
/// 版, 版 name), in the order the files hold them, is a page — a file of records over many days
/// is as many pages, and files of one article each on one 版 (`1995/4/1000.json`, `1001.json`)
/// are one page. A file that could not be read is a page of its own that fails when read, so that
/// it is skipped with a warning, or is the error, as any page's file is.
enum PlacedPages {
    typealias FileRead = (articles: [PlacedArticle], warnings: [String])

    static func pages(_ files: [(path: String, read: Result<FileRead, PageInputError>)]) -> [PlannedPage] {
        var pages: [PlannedPage] = []
        var run: (place: PlacedArticle, files: [String], articles: [String: FileArticles])?
        func endRun() {
            guard let current = run else { return }
            let articles = current.articles
            let place = current.place
            pages.append(PlannedPage(name: name(of: place, file: current.files[0]), header: place.date?.chinese, date: place.date,
                                     number: place.page, files: current.files) { path in articles[path] ?? FileArticles(articles: []) })
            run = nil
        }
        for (path, read) in arranged(files) {
            switch read {
            case .failure(let error):
                endRun()
                pages.append(PlannedPage(name: PageOrder.name(of: path), header: nil, date: nil, number: nil, files: [path]) {
                    _ throws(PageInputError) in throw error
                })
            case .success(let read):
                var warnings = read.warnings
                for placed in read.articles {
                    if let current = run, !current.place.samePlace(as: placed) { endRun() }
                    if run == nil { run = (placed, [], [:]) }
                    if run!.articles[path] == nil {
                        run!.files.append(path)
                        run!.articles[path] = FileArticles(articles: [], warnings: warnings)
                        warnings = []
                    }
                    run!.articles[path]!.articles.append(placed.article)
                }
            }
        }
        endRun()
        return pages
    }

    /// The order a reader meets the articles in. Files of one day each (an article a file, a day a
    /// file) by date and 版 — their names need not say it; when a file holds many days, the files
    /// in their given order, each one's articles a day together, the days in the order the file
    /// first comes to them (a file newest first stays so).
    static func arranged(_ files: [(path: String, read: Result<FileRead, PageInputError>)])
        -> [(path: String, read: Result<FileRead, PageInputError>)] {
        func days(_ read: Result<FileRead, PageInputError>) -> [IssueDate?] {
            guard case .success(let read) = read else { return [] }
            var seen: [IssueDate?] = []
            for placed in read.articles where !seen.contains(placed.date) { seen.append(placed.date) }
            return seen
        }
        let spans = files.map { days($0.read) }
        guard spans.contains(where: { $0.count > 1 }) else {
            func key(_ index: Int) -> (Int, IssueDate, Int, Int) {
                guard case .success(let read) = files[index].read, let first = read.articles.first, let date = first.date else {
                    return (1, IssueDate(year: 1800, month: 1, day: 1)!, 0, index)
                }
                return (0, date, first.page ?? 0, index)
            }
            return files.indices.sorted { key($0) < key($1) }.map { files[$0] }
        }
        return zip(files, spans).map { file, days in
            guard days.count > 1, case .success(var read) = file.read else { return file }
            let rank = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($0.element, $0.offset) })
            read.articles = read.articles.enumerated().sorted { (rank[$0.element.date]!, $0.offset) < (rank[$1.element.date]!, $1.offset) }
                .map(\.element)
            return (file.path, .success(read))
        }
    }

    /// `2026年8月5日 星期三 第05版：评论`; the file's name when the place says nothing.
    static func name(of place: PlacedArticle, file: String) -> String {
        var page: String?
        if let pageName = place.pageName, pageName.contains("版") {
            page = pageName
        } else if let number = place.page {
            page = CrawlerFileName.pageName(number) + (place.pageName.map { "：" + $0 } ?? "")
        } else {
            page = place.pageName
        }
        let parts = [place.date?.chinese, page].compactMap { $0 }
        return parts.isEmpty ? PageOrder.name(of: file) : parts.joined(separator: " ")
    }
}
