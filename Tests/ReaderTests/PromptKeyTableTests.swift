import Reader
import Testing

/// The search prompt's keys and the vertical ← → come from the key table like every other key:
/// listed in `?`, and rebound as the config's `[keys]` rebinds (`ConfigTests` reads such a file).
@Suite struct PromptKeyTableTests {
    let start = seedReader()

    func typed(_ state: ReaderState, _ text: String) -> ReaderState {
        text.reduce(state) { send($0, .character($1)) }
    }

    @Test func theEditingKeysEditTheLine() {
        let prompt = typed(send(start, .character("/")), "工会")
        #expect(send(prompt, .control("a"), .character("总")).prompt?.line.text == "总工会")
        #expect(send(prompt, .left, .control("d")).prompt?.line.text == "工")
        #expect(send(prompt, .control("b"), .control("b"), .control("e"), .character("x")).prompt?.line.text == "工会x")
        #expect(send(prompt, .control("u")).prompt?.line.text == "")
        #expect(typed(send(prompt, .character(" ")), "职工").prompt?.line.text == "工会 职工")
        #expect(send(typed(send(prompt, .character(" ")), "职工"), .control("w")).prompt?.line.text == "工会 ")
        // Ctrl-P and Ctrl-N walk the history as ↑ and ↓ do.
        let searched = send(prompt, .enter)
        let recalled = send(searched, .character("/"), .control("p"))
        #expect(recalled.prompt?.line.text == "工会")
        #expect(send(recalled, .control("n")).prompt?.line.text == "")
        // Ctrl-G cancels, as Esc does.
        #expect(send(prompt, .control("g")).prompt == nil)
    }

    @Test func theHelpListsThePromptsKeysUnderTheirHeading() {
        for screen in [start, send(start, .enter)] {
            let rows = helpRows(screen).joined(separator: "\n")
            #expect(rows.contains("搜索框 In the search prompt (/)"))
            for binding in KeyBinding.bindings(in: .prompt) {
                #expect(rows.contains(binding.help), "\(binding.help)")
                #expect(rows.contains(binding.keys.map(\.label).joined(separator: " ")), "\(binding.help)")
            }
        }
    }

    @Test func theConfigRebindsAPromptKey() {
        let state = seedReader(setup: ReaderSetup(keyBindings: KeyBinding.rebinding(
            KeyBinding.rebinding(KeyBinding.table, action: .promptCancel, to: [.escape, .control("q")]), action: .promptStart, to: [.home, .control("t")])))
        let prompt = typed(send(state, .character("/")), "工会")
        #expect(send(prompt, .control("q")).prompt == nil)
        #expect(send(prompt, .control("t"), .character("总")).prompt?.line.text == "总工会")
        // Ctrl-A is no longer bound in the prompt: it edits nothing.
        #expect(send(prompt, .control("a"), .character("总")).prompt?.line.text == "工会总")
        // The screens' keys are untouched by the prompt's: Ctrl-U still moves half a page back.
        #expect(KeyBinding.action(for: .control("u"), on: .article, in: state.keyBindings) == .halfPageUp)
        let help = helpRows(state).joined(separator: "\n")
        #expect(help.contains("Home Ctrl-T") && !help.contains("Home Ctrl-A"))
    }

    @Test func aCharacterBoundInThePromptIsNotTyped() {
        let state = seedReader(setup: ReaderSetup(keyBindings: KeyBinding.rebinding(KeyBinding.table, action: .promptConfirm, to: [.enter, .character("#")])))
        let done = send(typed(send(state, .character("/")), "工会"), .character("#"))
        #expect(done.prompt == nil && done.searchHistory == ["工会"])
    }

    @Test func verticalArrowsAreTheirOwnBindings() {
        let vertical = send(start, .enter, .character("v"))
        let next = send(vertical, .left)
        #expect(next.articleView.position > vertical.articleView.position)
        #expect(send(next, .right).articleView.position == vertical.articleView.position)
        // Rebinding page-down leaves ← its meaning in vertical setting; rebinding ← elsewhere takes it.
        func verticalWith(_ action: ReaderAction, _ key: Key) -> ReaderState {
            send(seedReader(setup: ReaderSetup(keyBindings: KeyBinding.rebinding(KeyBinding.table, action: action, to: [key]))), .enter, .character("v"))
        }
        var rebound = verticalWith(.pageDown, .character("x"))
        #expect(send(rebound, .left).articleView.position == next.articleView.position)
        rebound = verticalWith(.verticalPageDown, .control("n"))
        #expect(send(rebound, .control("n")).articleView.position == next.articleView.position)
        #expect(send(rebound, .left).articleView.position == vertical.articleView.position)  // ← is the article screen's page-up again
        // Set horizontally, ← and → are the article screen's own.
        let horizontal = send(start, .enter, .character(" "))
        #expect(send(horizontal, .left).articleView.position == 0)
    }

    @Test func theArchivePromptUsesTheTable() {
        let bindings = KeyBinding.rebinding(KeyBinding.table, action: .promptCancel, to: [.control("q")])
        var state = ArchiveScreenState(entries: ArchiveScreenTests.entries, width: 80, height: 24, setup: ReaderSetup(keyBindings: bindings))
        _ = ArchiveReducer.reduce(into: &state, .key(.character("/")))
        for key: Key in [.character("工"), .character("x"), .control("b"), .character("会"), .control("e")] {
            _ = ArchiveReducer.reduce(into: &state, .key(key))
        }
        #expect(state.prompt?.text == "工会x")
        _ = ArchiveReducer.reduce(into: &state, .key(.escape))
        #expect(state.prompt != nil)  // Esc is no longer cancel
        _ = ArchiveReducer.reduce(into: &state, .key(.control("q")))
        #expect(state.prompt == nil)
        _ = ArchiveReducer.reduce(into: &state, .key(.character("/")))
        _ = ArchiveReducer.reduce(into: &state, .key(.character("工")))
        #expect(ArchiveReducer.reduce(into: &state, .key(.enter)) == [.search("工")])
        // Backspace on an empty prompt closes it, as the reader's does; on a full one it deletes.
        _ = ArchiveReducer.reduce(into: &state, .key(.character("/")))
        _ = ArchiveReducer.reduce(into: &state, .key(.character("工")))
        _ = ArchiveReducer.reduce(into: &state, .key(.backspace))
        #expect(state.prompt?.text == "")
        _ = ArchiveReducer.reduce(into: &state, .key(.backspace))
        #expect(state.prompt == nil)
    }
}

/// A run of characters that came at once (a paste): one step into a prompt, the keys they are elsewhere.
@Suite struct TypedRunTests {
    let start = seedReader()

    @Test func aRunInThePromptIsTheSameAsItsKeysOneByOne() {
        let prompt = send(start, .character("/"), .character("总"), .left)
        let (pasted, effects) = Reducer.reduce(prompt, .typed("北京市工会"))
        let typed = "北京市工会".reduce(prompt) { send($0, .character($1)) }
        #expect(effects.isEmpty)
        #expect(pasted.prompt?.line == typed.prompt?.line && pasted.prompt?.line.text == "北京市工会总")
        #expect(pasted.search?.results.count == typed.search?.results.count)
        #expect(pasted.articleView.position == typed.articleView.position && pasted.selected == typed.selected)
    }

    @Test func aRunOutsideThePromptIsItsKeys() {
        let run = Reducer.reduce(start, .typed("jjG")).0
        #expect(run.selected == send(start, .character("j"), .character("j"), .character("G")).selected)
        // A `/` in the run opens the prompt, and what follows it is typed there.
        #expect(Reducer.reduce(start, .typed("j/工会")).0.prompt?.line.text == "工会")
    }

    @Test func aLongRunGoesInWhole() {
        let long = String(repeating: "职工之家", count: 25_000)
        let state = Reducer.reduce(send(start, .character("/")), .typed(long)).0
        #expect(state.prompt?.line.text == long && state.prompt?.line.cursor == 100_000)
    }
}
