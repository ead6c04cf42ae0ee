package com.regimen.core.identity;

/** Who is acting: a signed-in member of staff, an integration's API key, or Regimen itself. */
public enum ActorType {
    USER,
    API_KEY,
    SYSTEM
}
