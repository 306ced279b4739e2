package io.github.camelmartech.affelios;

import java.util.stream.Stream;

import io.github.camelmartech.support.testing.ModelContract;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model class of the component (found by reflection) marshals with Camel's json data format and a plain
 * ObjectMapper, reads back equal, converts to its JSON and shows no secret in toString.
 */
class AffeliosModelsTest extends CamelTestSupport {

    @TestFactory
    Stream<DynamicTest> everyModelMarshalsAndReadsBackEqual() throws Exception {
        return ModelContract.of("io.github.camelmartech.affelios.model", context);
    }
}
