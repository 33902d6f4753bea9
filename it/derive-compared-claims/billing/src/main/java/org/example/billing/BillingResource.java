package org.example.billing;

public class BillingResource {
}
