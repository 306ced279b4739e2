package io.github.camelmartech.apsis.model;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** A subscriber: the body of create and update operations and the result of get and of the subscriber pages. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class Subscriber extends MarTechBean {

    private Long id;
    private String email;
    private String name;
    private String password;
    private String format;
    private String countryCode;
    private String phoneNumber;
    private String externalId;
    private List<DemDataField> demDataFields;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Fluent setter. */
    public Subscriber id(Long id) {
        this.id = id;
        return this;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Fluent setter. */
    public Subscriber email(String email) {
        this.email = email;
        return this;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Fluent setter. */
    public Subscriber name(String name) {
        this.name = name;
        return this;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Fluent setter. */
    public Subscriber password(String password) {
        this.password = password;
        return this;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    /** Fluent setter. */
    public Subscriber format(String format) {
        this.format = format;
        return this;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    /** Fluent setter. */
    public Subscriber countryCode(String countryCode) {
        this.countryCode = countryCode;
        return this;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    /** Fluent setter. */
    public Subscriber phoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
        return this;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    /** Fluent setter. */
    public Subscriber externalId(String externalId) {
        this.externalId = externalId;
        return this;
    }

    public List<DemDataField> getDemDataFields() {
        return demDataFields;
    }

    public void setDemDataFields(List<DemDataField> demDataFields) {
        this.demDataFields = demDataFields;
    }

    /** Fluent setter. */
    public Subscriber demDataFields(List<DemDataField> demDataFields) {
        this.demDataFields = demDataFields;
        return this;
    }
}
