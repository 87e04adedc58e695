package dev.pitchnight.pitch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A pitch's uploaded PDF deck, kept in the database so every instance serves it and a restart loses nothing. */
@Entity
@Table(name = "pitch_decks")
public class PitchDeck extends PanacheEntityBase {

    @Id
    @Column(name = "pitch_id")
    public Long pitchId;

    @Column(name = "file_name", nullable = false, length = 200)
    public String fileName;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    public byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}
