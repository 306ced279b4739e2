package io.github.camelmartech.support.component;

import io.github.camelmartech.support.http.MarTechHttpClient;
import org.apache.camel.Exchange;

/** One producer operation: reads the exchange, validates, calls the API, and sets the typed result on the exchange. */
@FunctionalInterface
public interface Operation {

    void invoke(Exchange exchange, MarTechHttpClient client) throws Exception;
}
