package com.regimen.core.outbox;

/** How a message reaches the patient. */
public enum Channel {
    EMAIL, SMS, WHATSAPP
}
