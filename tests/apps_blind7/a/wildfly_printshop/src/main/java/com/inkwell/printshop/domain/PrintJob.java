package com.inkwell.printshop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "print_jobs")
public class PrintJob {

    public enum Status { QUOTED, PAID, PRINTING, SHIPPED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_number", nullable = false, unique = true, length = 14)
    private String jobNumber;

    @ManyToOne(optional = false)
    private Customer customer;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "paper_stock", length = 40)
    private String paperStock;

    private int copies;

    @Column(precision = 10, scale = 2)
    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Status status = Status.QUOTED;

    public Long getId() { return id; }
    public String getJobNumber() { return jobNumber; }
    public void setJobNumber(String jobNumber) { this.jobNumber = jobNumber; }
    public Customer getCustomer() { return customer; }
    public void setCustomer(Customer customer) { this.customer = customer; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
    public String getPaperStock() { return paperStock; }
    public void setPaperStock(String paperStock) { this.paperStock = paperStock; }
    public int getCopies() { return copies; }
    public void setCopies(int copies) { this.copies = copies; }
    public BigDecimal getTotal() { return total; }
    public void setTotal(BigDecimal total) { this.total = total; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
}
