from django import forms


class CheckoutForm(forms.Form):
    card_number = forms.CharField(max_length=19)
    cvv = forms.CharField(max_length=4)
    email = forms.EmailField()
