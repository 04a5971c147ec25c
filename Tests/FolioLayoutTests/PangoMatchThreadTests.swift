import CPangoCairo
import CPangoSync
import FolioTestSupport
import XCTest

@testable import FolioLayout

/// Sources/CPangoSync: Pango's per-pattern FcFontSetMatch/FcFontSetSort threads run inline;
/// every other GLib thread is still a thread.
final class PangoMatchThreadTests: XCTestCase {
    nonisolated(unsafe) private static var ranOn: pthread_t?

    func testPangoMatchAndSortRunOnTheCallingThread() {
        for name in ["[pango] FcFontSetMatch", "[pango] FcFontSetSort"] {
            Self.ranOn = nil
            let thread = g_thread_new(name, { _ in PangoMatchThreadTests.ranOn = pthread_self(); return nil }, nil)
            XCTAssertNotNil(thread)
            guard let ranOn = Self.ranOn else { return XCTFail("\(name): the work had not run when g_thread_new returned") }
            XCTAssertNotEqual(pthread_equal(ranOn, pthread_self()), 0, "\(name) should run on the caller")
            g_thread_unref(thread)
        }
    }

    func testOtherGLibThreadsStillStartTheirOwnThread() {
        Self.ranOn = nil
        let thread = g_thread_new("folio-test", { _ in PangoMatchThreadTests.ranOn = pthread_self(); return nil }, nil)
        _ = g_thread_join(thread)
        guard let ranOn = Self.ranOn else { return XCTFail("the thread never ran") }
        XCTAssertEqual(pthread_equal(ranOn, pthread_self()), 0, "an ordinary GLib thread must not run on the caller")
    }

    func testPangoMatchesFontsThroughTheInlinePath() throws {
        // The override only helps if Pango's calls reach it (the executable's symbol must win).
        let before = folio_pango_inline_runs()
        var text = StyledText()
        text.append("A size no other test uses", SpanStyle(color: LayoutFixture.theme.colors.text))
        _ = TextBlock(text, font: "Noto Sans", size: 13.37, width: 400, lineSpacing: 0, monospaceFamily: "JetBrains Mono", fonts: LayoutFixture.fonts)
        XCTAssertGreaterThanOrEqual(folio_pango_inline_runs() - before, 2, "a new pattern is one match and one sort")
    }
}
