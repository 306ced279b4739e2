package io.github.camelmartech.support.json;

/**
 * A model the components accept or emit (request and response bodies, consumer and callback items). Every model
 * marshals with any Jackson {@code ObjectMapper} as it is (Camel's {@code json} data format, a plain
 * {@code new ObjectMapper()}) and reads back to an equal object: dates are {@code java.time} values written as
 * ISO-8601 text ({@link IsoDate}). Camel converts a model to {@code String} as its JSON
 * ({@link MarTechModelConverter}), so {@code convertBodyTo(String.class)} works.
 *
 * <p>Classes extend {@link MarTechBean} (equality, hash and {@code toString} from their JSON); records implement this
 * interface directly.
 */
public interface MarTechModel {
}
