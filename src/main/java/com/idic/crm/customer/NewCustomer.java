package com.idic.crm.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The minimum to start a customer record; the rest is filled in on the customer page. */
public record NewCustomer(@NotBlank @Size(max = 200) String name, @NotNull CustomerType type) {
}
