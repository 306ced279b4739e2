package io.github.camelmartech.support.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generators shared by the vendors' property tests. */
public final class MarTechArbitraries {

    private MarTechArbitraries() {
    }

    /**
     * Well-formed Unicode text up to {@code maxLength} code points: ASCII, Latin, Greek, CJK, emoji (surrogate
     * pairs), controls, quotes and backslashes; never a lone surrogate (which no UTF-8 byte sequence can carry).
     */
    public static Arbitrary<String> unicodeText(int maxLength) {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0x09, 0x0A, 0x0D, 0x22, 0x5C, 0x00)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0xA0, 0x7FF)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x800, 0xFFFD)
                        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x1F300, 0x1FAFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)));
        return codePoint.list().ofMaxSize(maxLength)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());
    }

    /**
     * Non-empty path parameter values: hostile ones and any Unicode text without NUL (WireMock's Jetty answers 400 to
     * a %00 in a path before any stub sees it; the encoding of NUL is the same as of any other control).
     */
    public static Arbitrary<String> pathParameters() {
        return Arbitraries.oneOf(Arbitraries.of(PathInjection.HOSTILE_VALUES),
                unicodeText(20).filter(s -> !s.isEmpty() && s.indexOf('\0') < 0));
    }
}
