package io.github.camelmartech.affelios.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.json.ExtensibleModel;
import io.github.camelmartech.support.json.IsoDate;

/**
 * An Affelios customer: what a create or update sends (externalId, externalBrandId and registrationDate required on
 * create) and what Affelios returns (its own {@code id}, tracking, lifetime figures; further fields in
 * {@link #getOther()}).
 */
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES) // the documents write ExternalId, ...
public class AffeliosCustomer extends ExtensibleModel {

    private String id;
    private String externalId;
    private String externalBrandId;
    @IsoDate
    private Instant registrationDate;
    private String clickKey;
    private String brandId;
    private String username;
    private String country;
    @JsonProperty("country_code")
    private String countryCode;
    private Boolean revShareExcluded;
    private Boolean cpaExcluded;
    private Boolean hasDeposited;
    private Double lifetimeRevenue;
    private JsonNode tracking;

    /** Sets the registration date; it is sent as the ISO-8601 Zulu timestamp Affelios wants. */
    public AffeliosCustomer registeredAt(Instant instant) {
        this.registrationDate = instant;
        return this;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getExternalBrandId() {
        return externalBrandId;
    }

    public void setExternalBrandId(String externalBrandId) {
        this.externalBrandId = externalBrandId;
    }

    public Instant getRegistrationDate() {
        return registrationDate;
    }

    public void setRegistrationDate(Instant registrationDate) {
        this.registrationDate = registrationDate;
    }

    public String getClickKey() {
        return clickKey;
    }

    public void setClickKey(String clickKey) {
        this.clickKey = clickKey;
    }

    public String getBrandId() {
        return brandId;
    }

    public void setBrandId(String brandId) {
        this.brandId = brandId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public Boolean getRevShareExcluded() {
        return revShareExcluded;
    }

    public void setRevShareExcluded(Boolean revShareExcluded) {
        this.revShareExcluded = revShareExcluded;
    }

    public Boolean getCpaExcluded() {
        return cpaExcluded;
    }

    public void setCpaExcluded(Boolean cpaExcluded) {
        this.cpaExcluded = cpaExcluded;
    }

    public Boolean getHasDeposited() {
        return hasDeposited;
    }

    public void setHasDeposited(Boolean hasDeposited) {
        this.hasDeposited = hasDeposited;
    }

    public Double getLifetimeRevenue() {
        return lifetimeRevenue;
    }

    public void setLifetimeRevenue(Double lifetimeRevenue) {
        this.lifetimeRevenue = lifetimeRevenue;
    }

    public JsonNode getTracking() {
        return tracking;
    }

    public void setTracking(JsonNode tracking) {
        this.tracking = tracking;
    }
}
