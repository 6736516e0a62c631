package dev.connectorconsole.sandbox;

/** A domain mapping: the domain the cloud sees and the internal domain it stands for (the key in paths). */
final class DomainMappingData {
    public String virtualDomain;
    public String internalDomain;
}
