package dev.connectorconsole.connector;

/** A domain mapping: the domain the cloud uses and the internal domain it stands for (its key in paths). */
public record DomainMapping(String virtualDomain, String internalDomain) {
}
