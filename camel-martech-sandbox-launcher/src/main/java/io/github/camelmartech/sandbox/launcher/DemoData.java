package io.github.camelmartech.sandbox.launcher;

import java.time.LocalDate;
import java.util.Map;

import io.github.camelmartech.sandbox.VendorSimulator;
import io.github.camelmartech.sandbox.accengage.AccengageSimulator;
import io.github.camelmartech.sandbox.affelios.AffeliosSimulator;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.sandbox.apsis.ApsisSimulator;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;

/** A few records per vendor, through the simulators' seeding helpers, so a first route has something to read. */
final class DemoData {

    private DemoData() {
    }

    /** Seeds the simulator; returns what it seeded, with the ids a route needs. */
    static String seed(VendorSimulator<?> simulator) {
        if (simulator instanceof ApifonSimulator apifon) {
            String listId = apifon.addList("Newsletter");
            for (int i = 1; i <= 3; i++) {
                apifon.addSubscriber(listId, "+30699000000" + i);
            }
            return "list 'Newsletter' (listId=" + listId + ") with 3 subscribers";
        }
        if (simulator instanceof ApsisSimulator apsis) {
            long listId = apsis.addMailingList("Customers");
            for (String name : new String[] {"ada", "grace", "linus"}) {
                apsis.addSubscriber(listId, name + "@example.com");
            }
            return "mailing list 'Customers' (mailingListId=" + listId + ") with 3 subscribers";
        }
        if (simulator instanceof GetResponseSimulator getresponse) {
            String campaignId = getresponse.addCampaign("newsletter_readers");
            for (int i = 1; i <= 3; i++) {
                getresponse.addContact(campaignId, "reader" + i + "@example.com");
            }
            return "campaign 'newsletter_readers' (campaignId=" + campaignId + ") with 3 contacts";
        }
        if (simulator instanceof AccengageSimulator accengage) {
            String app = accengage.partnerId();
            accengage.addCampaign(app, Map.of("name", "Spring sale"));
            accengage.addCampaign(app, Map.of("name", "Summer sale"));
            for (int i = 1; i <= 3; i++) {
                accengage.addDevice(app, "device-" + i, LocalDate.of(2024, 1, i), Map.of("os", i % 2 == 0 ? "ios" : "android"));
            }
            return "app " + app + " with 2 campaigns and 3 devices (lastOpen 2024-01-01 to 2024-01-03)";
        }
        if (simulator instanceof AffeliosSimulator affelios) {
            String customerId = affelios.addCustomer("customer-1", "brand-1");
            return "customer 'customer-1' of brand 'brand-1' (customerId=" + customerId + ")";
        }
        throw new IllegalArgumentException("no demo data for " + simulator.scheme());
    }
}
