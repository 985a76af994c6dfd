package uk.co.harlowbells.foundry.model;

public record Commission(long id, long parishId, int bellCount, int tenorWeightKg, String inscription, String status) {}
