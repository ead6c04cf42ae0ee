package com.regimen.core.identity;

/**
 * Who is acting: a signed-in member of staff, an integration's API key, Regimen itself, or a patient
 * through their self-service link (the actor id is the link's id: it acts for one appointment only).
 */
public enum ActorType {
    USER,
    API_KEY,
    SYSTEM,
    PATIENT
}
