import Foundation
import Testing

/// `make install PREFIX=…` puts the binary, its man page and its completions where such things go,
/// and the installed binary works from any folder; `make uninstall` takes them away again.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/make"), "needs make"))
struct InstallTests {
    @Test func installIntoAnEmptyPrefixThenRunFromElsewhereThenUninstall() throws {
        let prefix = try KanbaoProcess.temporaryDirectory(), elsewhere = try KanbaoProcess.temporaryDirectory()
        let root = KanbaoProcess.repositoryRoot.path
        let install = try KanbaoProcess.shell("cd '\(root)' && make -s install PREFIX='\(prefix.path)' BINARY='\(KanbaoProcess.binary.path)'")
        #expect(install.status == 0, "\(install.stderr)")
        let installed = ["bin/kanbao", "share/man/man1/kanbao.1", "share/bash-completion/completions/kanbao",
                         "share/zsh/site-functions/_kanbao", "share/fish/vendor_completions.d/kanbao.fish"]
        for file in installed {
            let size = (try? FileManager.default.attributesOfItem(atPath: prefix.path + "/" + file)[.size] as? Int) ?? 0
            #expect(size > 0, "\(file)")
        }
        let help = try KanbaoProcess.shell("cd '\(elsewhere.path)' && '\(prefix.path)/bin/kanbao' --help")
        #expect(help.status == 0 && help.stdout.contains("--search"))
        let list = try KanbaoProcess.shell("cd '\(elsewhere.path)' && '\(prefix.path)/bin/kanbao' --list")
        #expect(list.status == 0 && list.stdout.contains("北京市总工会到国资公司调研并慰问一线职工"))
        let bash = try String(contentsOfFile: prefix.path + "/share/bash-completion/completions/kanbao", encoding: .utf8)
        #expect(bash.contains("--search") && bash.contains("--list-themes"))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/man") {
            let manual = try KanbaoProcess.shell("MANPAGER=cat man -M '\(prefix.path)/share/man' kanbao")
            #expect(manual.status == 0 && manual.stdout.contains("--search"), "\(manual.stderr)")
        }
        let uninstall = try KanbaoProcess.shell("cd '\(root)' && make -s uninstall PREFIX='\(prefix.path)'")
        #expect(uninstall.status == 0)
        for file in installed { #expect(!FileManager.default.fileExists(atPath: prefix.path + "/" + file), "\(file)") }
    }

    /// The man page is the command's own help (`make man` makes it again): every option is in it.
    @Test func theManPageNamesEveryOption() throws {
        let page = try String(contentsOf: KanbaoProcess.repositoryRoot.appendingPathComponent("Documentation/kanbao.1"), encoding: .utf8)
        let help = try KanbaoProcess.run(["--help"]).stdout
        let options = help.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0 == "-")) }).filter { $0.hasPrefix("--") && $0.count > 2 }
        #expect(options.count > 15)
        for option in Set(options) { #expect(page.contains("Fl -" + option.dropFirst(2)), "\(option)") }
    }
}
