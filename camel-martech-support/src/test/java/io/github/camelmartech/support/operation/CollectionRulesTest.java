package io.github.camelmartech.support.operation;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a bulk call's items: none repeated, none empty. */
class CollectionRulesTest {

    @Test
    void distinctNamesTheFirstRepeatedItem() {
        assertThat(Rule.distinct().violation(List.of(1L, 2L, 3L))).isNull();
        assertThat(Rule.distinct().violation(List.of(1L, 2L, 1L, 2L))).isEqualTo("must not repeat 1");
        assertThat(Rule.distinct().violation(List.of("a@b.com", "a@b.com"))).isEqualTo("must not repeat a@b.com");
        assertThat(Rule.distinct().violation(null)).isNull();
        assertThat(Rule.distinct().violation("not a collection")).isNull();
    }

    @Test
    void noEmptyItemRefusesANullElement() {
        assertThat(Rule.noEmptyItem().violation(List.of(1L, 2L))).isNull();
        assertThat(Rule.noEmptyItem().violation(Arrays.asList(1L, null))).isEqualTo("must not hold an empty item");
        assertThat(Rule.noEmptyItem().violation(null)).isNull();
        assertThat(Rule.length(1, 2).and(Rule.noEmptyItem()).violation(Arrays.asList(null, null, null)))
                .isEqualTo("must be 1-2 items");
    }
}
