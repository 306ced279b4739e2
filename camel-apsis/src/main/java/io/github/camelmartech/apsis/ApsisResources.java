package io.github.camelmartech.apsis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every modelled resource of the component with its default operation and its methods. */
final class ApsisResources {

    record Resource(String name, String defaultOperation, List<ApsisMethod> methods) {
    }

    static final Map<String, Resource> ALL = build();

    private ApsisResources() {
    }

    private static Map<String, Resource> build() {
        Map<String, Resource> all = new LinkedHashMap<>();
        add(all, MailingListMethods.RESOURCE, MailingListMethods.DEFAULT, MailingListMethods.methods());
        add(all, SubscriberMethods.RESOURCE, SubscriberMethods.DEFAULT, SubscriberMethods.methods());
        add(all, OptOutMethods.RESOURCE, OptOutMethods.DEFAULT, OptOutMethods.methods());
        add(all, NewsletterMethods.RESOURCE, NewsletterMethods.DEFAULT, NewsletterMethods.methods());
        add(all, SendQueueMethods.RESOURCE, SendQueueMethods.DEFAULT, SendQueueMethods.methods());
        add(all, StatisticsMethods.BOUNCES, StatisticsMethods.DEFAULT, StatisticsMethods.bounces());
        add(all, StatisticsMethods.OPENS, StatisticsMethods.DEFAULT, StatisticsMethods.perSending(StatisticsMethods.OPENS));
        add(all, StatisticsMethods.CLICKS, StatisticsMethods.DEFAULT,
                StatisticsMethods.perSending(StatisticsMethods.CLICKS));
        add(all, "filters", AccountMethods.DEFAULT, AccountMethods.filters());
        add(all, "folders", AccountMethods.DEFAULT, AccountMethods.folders());
        add(all, "demographics", AccountMethods.DEFAULT, AccountMethods.demographics());
        add(all, ImportMethods.RESOURCE, ImportMethods.DEFAULT, ImportMethods.methods());
        add(all, TransactionalMethods.RESOURCE, TransactionalMethods.DEFAULT, TransactionalMethods.methods());
        add(all, SmsMethods.RESOURCE, SmsMethods.DEFAULT, SmsMethods.methods());
        add(all, EventMethods.RESOURCE, EventMethods.DEFAULT, EventMethods.methods());
        return java.util.Collections.unmodifiableMap(all);
    }

    private static void add(Map<String, Resource> all, String name, String defaultOperation, List<ApsisMethod> methods) {
        all.put(name, new Resource(name, defaultOperation, methods));
    }
}
