package models

import "time"

type JobStatus string

const (
	JobQuoted    JobStatus = "quoted"
	JobBooked    JobStatus = "booked"
	JobOnTheRoad JobStatus = "on_the_road"
	JobDelivered JobStatus = "delivered"
)

type RemovalJob struct {
	tableName struct{} `pg:"removal_jobs"`

	ID             int64     `pg:"id,pk"`
	CustomerID     int64     `pg:"customer_id,notnull"`
	Customer       *Customer `pg:"rel:has-one"`
	MoveDate       time.Time `pg:"move_date,notnull"`
	Rooms          int       `pg:"rooms"`
	CubicMetres    float64   `pg:"cubic_metres"`
	QuotePence     int64     `pg:"quote_pence"`
	DepositPence   int64     `pg:"deposit_pence"`
	Status         JobStatus `pg:"status,default:'quoted'"`
	CrewLead       string    `pg:"crew_lead"`
	VanReg         string    `pg:"van_reg"`
	InsuredValue   int64     `pg:"insured_value_pence"`
	InventoryNotes string    `pg:"inventory_notes"`
}
