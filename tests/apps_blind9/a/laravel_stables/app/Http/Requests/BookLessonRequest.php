<?php

namespace App\Http\Requests;

use Illuminate\Contracts\Validation\Validator;
use Illuminate\Foundation\Http\FormRequest;
use Illuminate\Support\Facades\Log;

class BookLessonRequest extends FormRequest
{
    public function authorize(): bool
    {
        return true;
    }

    public function rules(): array
    {
        return [
            'instructor_id' => ['required', 'integer'],
            'arena' => ['required', 'in:indoor,outdoor,cross-country'],
            'starts_at' => ['required', 'date', 'after:now'],
            'kind' => ['required', 'in:private,group,hack,pony-club'],
            'card.number' => ['required_if:kind,private', 'digits_between:13,19'],
            'card.cvc' => ['required_with:card.number', 'digits_between:3,4'],
            'card.expiry' => ['required_with:card.number', 'date_format:m/y'],
        ];
    }

    protected function failedValidation(Validator $validator)
    {
        Log::notice('lesson booking rejected', [
            'errors' => $validator->errors()->keys(),
            'input' => $this->all(),
        ]);

        parent::failedValidation($validator);
    }
}
