package io.github.camelmartech.testvendor;

import org.apache.camel.spi.Metadata;

/** Headers of the internal test component; the same shape every vendor's Constants class has. */
public final class TestVendorConstants {

    @Metadata(description = "The operation to perform, overriding the operation option.", javaType = "String")
    public static final String OPERATION = "CamelTestVendorOperation";
    @Metadata(description = "The HTTP method of the request resource.", javaType = "String")
    public static final String HTTP_METHOD = "CamelTestVendorHttpMethod";
    @Metadata(description = "The path of the request resource.", javaType = "String")
    public static final String PATH = "CamelTestVendorPath";
    @Metadata(description = "Query parameters of the request resource.", javaType = "java.util.Map<String, Object>")
    public static final String QUERY = "CamelTestVendorQuery";
    @Metadata(description = "The id of the item.", javaType = "String")
    public static final String ITEM_ID = "CamelTestVendorItemId";

    private TestVendorConstants() {
    }
}
