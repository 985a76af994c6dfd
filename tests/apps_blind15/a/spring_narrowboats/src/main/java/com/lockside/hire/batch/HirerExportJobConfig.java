package com.lockside.hire.batch;

import com.lockside.hire.domain.DamageDepositCard;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.database.JpaPagingItemReader;
import org.springframework.batch.item.database.builder.JpaPagingItemReaderBuilder;
import org.springframework.batch.item.file.FlatFileItemWriter;
import org.springframework.batch.item.file.builder.FlatFileItemWriterBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration
public class HirerExportJobConfig {

    @Bean
    JpaPagingItemReader<DamageDepositCard> depositCardReader(EntityManagerFactory emf) {
        return new JpaPagingItemReaderBuilder<DamageDepositCard>()
                .name("depositCardReader")
                .entityManagerFactory(emf)
                .queryString("select c from DamageDepositCard c order by c.id")
                .pageSize(200)
                .build();
    }

    @Bean
    FlatFileItemWriter<DamageDepositCard> depositCardWriter() {
        return new FlatFileItemWriterBuilder<DamageDepositCard>()
                .name("depositCardWriter")
                .resource(new FileSystemResource("/srv/exports/deposit-cards.csv"))
                .delimited()
                .names("bookingId", "holderName", "pan", "expiry")
                .headerCallback(w -> w.write("booking_id,holder,pan,expiry"))
                .build();
    }

    @Bean
    FlatFileItemWriter<DamageDepositCard> depositCardSummaryWriter() {
        return new FlatFileItemWriterBuilder<DamageDepositCard>()
                .name("depositCardSummaryWriter")
                .resource(new FileSystemResource("/srv/exports/deposit-summary.csv"))
                .lineAggregator(c -> c.getBookingId() + ",****" + c.getPan().substring(c.getPan().length() - 4))
                .build();
    }

    @Bean
    Step exportDepositCards(JobRepository repo, PlatformTransactionManager tx,
                            JpaPagingItemReader<DamageDepositCard> depositCardReader,
                            FlatFileItemWriter<DamageDepositCard> depositCardWriter) {
        return new StepBuilder("exportDepositCards", repo)
                .<DamageDepositCard, DamageDepositCard>chunk(200, tx)
                .reader(depositCardReader)
                .writer(depositCardWriter)
                .build();
    }

    @Bean
    Job depositCardExportJob(JobRepository repo, Step exportDepositCards) {
        return new JobBuilder("depositCardExportJob", repo).start(exportDepositCards).build();
    }
}
