<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class Prescription extends Model
{
    protected $fillable = ['patient_id', 'medication', 'dosage', 'repeats', 'prescriber'];

    public function patient()
    {
        return $this->belongsTo(Patient::class);
    }
}
