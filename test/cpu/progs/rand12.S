	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 128(x30)
	ld x3, 160(x30)
	ld x4, 112(x30)
	ld x5, 72(x30)
	ld x6, 80(x30)
	ld x7, 208(x30)
	ld x8, 16(x30)
	ld x9, 40(x30)
	ld x10, 72(x30)
	ld x11, 72(x30)
	ld x12, 32(x30)
	ld x13, 16(x30)
	ld x14, 168(x30)
	ld x15, 72(x30)
	ld x16, 112(x30)
	ld x17, 72(x30)
	ld x18, 160(x30)
	ld x19, 56(x30)
	ld x20, 184(x30)
	ld x21, 184(x30)
	ld x22, 192(x30)
	ld x23, 40(x30)
	ld x24, 176(x30)
	ld x25, 152(x30)
	ld x26, 0(x30)
	ld x27, 144(x30)
	ld x28, 168(x30)
	ld x29, 144(x30)
	ld x30, 16(x30)
	la x30, dvals
	fld f0, 56(x30)
	fld f1, 8(x30)
	fld f2, 48(x30)
	flw f3, 324(x30)
	fld f4, 184(x30)
	fld f5, 216(x30)
	fld f6, 96(x30)
	fld f7, 388(x30)
	fld f8, 144(x30)
	fld f9, 208(x30)
	fld f10, 160(x30)
	fld f11, 216(x30)
	fld f12, 48(x30)
	fld f13, 176(x30)
	flw f14, 304(x30)
	fld f15, 208(x30)
	fld f16, 264(x30)
	fld f17, 48(x30)
	fld f18, 128(x30)
	fld f19, 128(x30)
	fld f20, 48(x30)
	flw f21, 280(x30)
	fld f22, 192(x30)
	fld f23, 24(x30)
	fld f24, 240(x30)
	fld f25, 72(x30)
	flw f26, 288(x30)
	fld f27, 160(x30)
	fld f28, 316(x30)
	fld f29, 32(x30)
	fld f30, 272(x30)
	fld f31, 104(x30)
	la x30, dvals
	flw f8, 620(x30)
	fsub.s f4, f8, f30, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	la x30, dvals
	flw f7, 616(x30)
	fsqrt.s f30, f7, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	bltu x16, x9, 1f
	sraw x18, x4, x18
1:
	subw x18, x9, x14
	srli x5, x9, 31
	sraiw x10, x10, 0
	sraw x3, x16, x5
	subw x19, x8, x7
	bne x15, x13, 1f
	sllw x6, x20, x19
	sra x9, x7, x10
1:
	bgeu x21, x22, 1f
	add x26, x7, x24
	or x0, x14, x29
1:
	subw x24, x6, x5
	la x30, dvals
	flw f23, 676(x30)
	fdiv.s f14, f23, f12, rup
	la x30, dvals
	fld f11, 224(x30)
	feq.d x5, f11, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	lh x5, 572(x2)
	fcvt.d.l f2, x19, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	mv x12, x31
	c.fsd f13, 88(x12)
	bne x28, x6, 1f
	or x9, x0, x15
	sll x3, x29, x0
1:
	sltu x27, x22, x1
	remw x15, x17, x3
	fsrmi x17, 3
	sraw x11, x29, x10
	slt x29, x11, x13
	sllw x6, x17, x13
	la x30, dvals
	fld f31, 440(x30)
	fsub.d f5, f5, f31, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	addi x30, x31, 1144
	amoswap.d.aq x14, x7, (x30)
	la x30, dvals
	flw f2, 644(x30)
	fsqrt.s f10, f2, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	addw x6, x9, x13
	mv x9, x31
	c.sd x9, 120(x9)
	la x30, dvals
	fld f9, 224(x30)
	la x30, dvals
	fld f12, 184(x30)
	la x30, dvals
	fld f2, 528(x30)
	fnmadd.d f21, f9, f12, f2, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	la x30, 1f
	jalr x13, 0(x30)
	and x16, x5, x29
1:
	mulhsu x19, x9, x22
	la x30, 1f
	c.jalr x30
	slt x1, x22, x0
1:
	feq.s x11, f0, f13
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	rem x5, x3, x4
	remuw x27, x29, x22
	sb x10, 796(x31)
	addi x19, x20, 2047
	bgeu x14, x6, 1f
	srl x25, x16, x0
	sll x20, x13, x28
1:
	la x30, 1f
	jalr x11, 1(x30)
	sllw x17, x14, x7
1:
	srai x17, x8, 63
	srliw x0, x19, 31
	c.lwsp x9, 40(sp)
	c.ldsp x14, 64(sp)
	sw x11, 294(x31)
	ori x18, x3, 31
	srlw x29, x28, x19
	addi x30, x31, 432
	amomin.w.aq x19, x5, (x30)
	addi x15, x23, 64
	divu x13, x24, x11
	jal x4, 1f
	srl x1, x17, x25
1:
	remuw x23, x3, x10
	sltiu x26, x4, 687
	la x30, dvals
	flw f21, 308(x30)
	la x30, dvals
	flw f0, 596(x30)
	fmsub.s f7, f21, f0, f14, rmm
	sw x0, 1732(x31)
	addi x30, x31, 1376
	amoor.d.aq x6, x10, (x30)
	sraw x22, x4, x0
	c.j 1f
	sltu x21, x10, x7
1:
	addw x15, x27, x25
	bne x16, x25, 1f
	srl x26, x26, x4
	sllw x21, x26, x12
1:
	addi x18, x16, -2
	sltiu x19, x20, -2
	la x30, 1f
	jalr x6, 1(x30)
	xor x15, x19, x16
1:
	sra x22, x14, x0
	subw x24, x22, x9
	la x30, dvals
	flw f12, 316(x30)
	la x30, dvals
	flw f23, 592(x30)
	fmul.s f8, f12, f23, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	bge x3, x6, 1f
	srl x22, x24, x7
1:
	bltu x0, x6, 1f
	addw x5, x9, x1
	sll x27, x6, x26
1:
	mulhsu x23, x7, x18
	la x30, dvals
	flw f13, 288(x30)
	fsqrt.s f11, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	addi x30, x31, 1336
	amoadd.d.rl x28, x15, (x30)
	la x30, dvals
	fld f28, 48(x30)
	la x30, dvals
	fld f3, 64(x30)
	fmax.d f21, f28, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	la x30, dvals
	fld f15, 40(x30)
	fmax.d f6, f15, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	la x30, dvals
	fld f17, 432(x30)
	fclass.d x13, f17
	bne x6, x27, 1f
	xor x23, x5, x12
	or x24, x12, x15
1:
	la x30, dvals
	flw f17, 652(x30)
	fsqrt.s f18, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	la x30, dvals
	flw f27, 316(x30)
	fsgnjn.s f27, f20, f27
	la x30, dvals
	flw f16, 680(x30)
	fdiv.s f11, f16, f6, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	srai x13, x28, 32
	srliw x23, x0, 12
	xori x29, x24, 63
	la x30, dvals
	fld f2, 408(x30)
	la x30, dvals
	fld f21, 408(x30)
	fsub.d f11, f2, f21, rdn
	la x30, dvals
	flw f1, 376(x30)
	fnmadd.s f11, f1, f12, f24, rne
	lui x8, 545511
	addw x19, x3, x28
	la x30, dvals
	fld f10, 472(x30)
	la x30, dvals
	fld f29, 152(x30)
	fsgnjn.d f16, f10, f29
	lb x10, 1140(x2)
	la x30, dvals
	fld f12, 104(x30)
	la x30, dvals
	fld f8, 432(x30)
	fsub.d f0, f12, f8, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	lui x23, 1048575
	lbu x16, 1870(x31)
	lw x24, 760(x2)
	fcvt.l.d x27, f26, dyn
	sra x9, x18, x1
	fcvt.s.lu f8, x11, rtz
	lw x24, 68(x2)
	la x30, dvals
	flw f20, 676(x30)
	la x30, dvals
	flw f26, 672(x30)
	fsub.s f6, f20, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	la x30, dvals
	fld f21, 80(x30)
	la x30, dvals
	fld f29, 408(x30)
	la x30, dvals
	fld f18, 24(x30)
	fmsub.d f16, f21, f29, f18, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	frcsr x15
	bgeu x13, x14, 1f
	sra x8, x23, x1
1:
	la x30, 1f
	jalr x17, 1(x30)
	srlw x27, x27, x28
1:
	srl x1, x23, x4
	la x30, dvals
	flw f27, 664(x30)
	la x30, dvals
	flw f29, 320(x30)
	fle.s x4, f27, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	la x30, dvals
	fld f7, 232(x30)
	fdiv.d f9, f8, f7, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	sra x6, x22, x24
	addi x30, x31, 1504
	amoswap.d x16, x23, (x30)
	sll x3, x21, x25
	la x30, 1f
	jalr x0, 1(x30)
	xor x28, x0, x6
1:
	lhu x10, 1818(x2)
	sub x16, x16, x12
	addi x30, x31, 744
	amomax.d.rl x21, x8, (x30)
	slt x6, x3, x13
	lh x23, 1306(x31)
	ori x3, x25, 32
	fcvt.s.l f6, x22, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	xor x13, x27, x21
	fsrmi x17, 0
	addw x3, x14, x0
	la x30, dvals
	fld f25, 24(x30)
	fmul.d f27, f25, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	sd x25, 1664(x31)
	bne x9, x10, 1f
	sub x29, x14, x12
	sllw x15, x29, x11
1:
	addi x30, x31, 1512
	amominu.w x7, x5, (x30)
	xor x28, x3, x14
	sraw x28, x4, x3
	mulh x11, x3, x3
	slli x14, x13, 0
	sraiw x8, x13, 1
	la x30, dvals
	fld f19, 168(x30)
	fcvt.l.d x3, f19, rtz
	auipc x21, 241657
	xori x13, x24, -2
	srli x8, x18, 0
	slliw x11, x20, 4
	add x24, x15, x4
	addi x30, x31, 1232
	amoor.w x15, x17, (x30)
	fmul.d f22, f9, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	c.slli x25, 62
	fcvt.d.s f13, f20
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	sltu x13, x20, x6
	la x30, dvals
	flw f11, 360(x30)
	fdiv.s f17, f11, f3, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	sub x21, x12, x26
	fcvt.d.l f29, x8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	srai x1, x15, 33
	slliw x21, x24, 31
	remuw x15, x15, x0
	mulw x25, x14, x18
	la x30, dvals
	flw f12, 600(x30)
	la x30, dvals
	flw f19, 308(x30)
	fnmsub.s f8, f12, f6, f19, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	ori x27, x14, 31
	mulh x22, x21, x22
	beq x3, x7, 1f
	sra x28, x26, x9
1:
	addi x30, x31, 1552
	lr.w.aq x5, (x30)
	sc.w.aq x23, x10, (x30)
	mulh x0, x15, x18
	mv x11, x31
	c.fld f11, 184(x11)
	c.fsdsp f4, 32(sp)
	lhu x20, 930(x2)
	la x30, dvals
	fld f23, 216(x30)
	la x30, dvals
	fld f24, 56(x30)
	fdiv.d f1, f23, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	mulhu x1, x7, x13
	bltu x7, x25, 1f
	xor x3, x20, x19
1:
	sra x26, x15, x21
	andi x15, x6, 2047
	mulw x8, x3, x7
	sh x3, 66(x31)
	sub x8, x1, x6
	la x30, dvals
	fld f20, 96(x30)
	fmul.d f3, f16, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	sh x25, 356(x31)
	or x12, x20, x23
	fsw f8, 1676(x31)
	bltu x19, x18, 1f
	sra x4, x6, x1
	sra x27, x0, x14
1:
	lui x28, 0
	xor x1, x12, x19
	la x30, dvals
	flw f31, 648(x30)
	fmax.s f8, f31, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	mv x13, x31
	c.fsd f15, 240(x13)
	fcvt.s.wu f18, x13, rne
	la x30, dvals
	fld f2, 448(x30)
	fmul.d f15, f31, f2, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	bge x13, x6, 1f
	sra x0, x3, x19
	and x11, x11, x19
1:
	la x30, dvals
	flw f8, 336(x30)
	la x30, dvals
	flw f2, 352(x30)
	fmsub.s f24, f23, f8, f2, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	remw x20, x1, x14
	rem x21, x25, x15
	addi x26, x29, 32
	la x30, dvals
	flw f9, 592(x30)
	fmul.s f7, f3, f9, rup
	mv x11, x31
	c.fsd f10, 40(x11)
	mulhsu x9, x19, x29
	fcvt.d.wu f19, x9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	la x30, dvals
	fld f8, 536(x30)
	fcvt.lu.d x21, f8, rdn
	addi x30, x31, 1856
	amomax.w.rl x22, x25, (x30)
	sd x15, 720(x31)
	mulw x22, x17, x10
	add x19, x16, x4
	la x30, dvals
	flw f3, 304(x30)
	la x30, dvals
	flw f16, 660(x30)
	fadd.s f7, f3, f16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	la x30, dvals
	flw f13, 308(x30)
	fcvt.lu.s x20, f13, rmm
	srlw x7, x6, x20
	subw x23, x19, x8
	lhu x21, 1442(x31)
	bne x13, x11, 1f
	and x9, x24, x3
	sub x26, x28, x13
1:
	la x30, dvals
	flw f6, 644(x30)
	fmadd.s f14, f23, f26, f6, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	fmv.w.x f0, x19
	addi x30, x31, 1488
	lr.d.aq x7, (x30)
	addi x30, x30, 8
	sc.d.aq x18, x22, (x30)
	sc.d x19, x25, (x30)
	fcvt.w.d x16, f16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	c.fsdsp f14, 304(sp)
	la x30, dvals
	flw f16, 376(x30)
	fadd.s f18, f16, f6, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	la x30, dvals
	flw f29, 608(x30)
	fadd.s f10, f29, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	fcvt.wu.s x27, f22, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	fmv.x.d x1, f20
	slli x20, x26, 1
	slliw x24, x19, 31
	mv x8, x31
	c.fsd f15, 232(x8)
	addw x9, x14, x0
	la x30, dvals
	fld f10, 216(x30)
	la x30, dvals
	fld f5, 424(x30)
	fsub.d f2, f10, f5, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	la x30, dvals
	flw f21, 660(x30)
	fcvt.l.s x24, f21, rdn
	addiw x5, x3, 64
	addi x28, x9, -2
	la x30, dvals
	flw f30, 308(x30)
	fmul.s f0, f14, f30, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	divw x0, x1, x21
	la x30, dvals
	flw f15, 620(x30)
	la x30, dvals
	flw f23, 668(x30)
	fsgnjx.s f25, f15, f23
	lhu x16, 156(x31)
	fcvt.s.w f20, x17, rmm
	fmul.s f24, f11, f21, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	la x30, dvals
	fld f9, 112(x30)
	fsub.d f8, f25, f9, rup
	csrrsi x15, fflags, 2
	sll x10, x24, x25
	la x30, dvals
	flw f16, 616(x30)
	la x30, dvals
	flw f6, 336(x30)
	fadd.s f25, f16, f6, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	la x30, dvals
	flw f3, 628(x30)
	fdiv.s f1, f6, f3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	remuw x21, x25, x15
	csrrsi x22, fflags, 30
	srl x19, x23, x1
	la x30, dvals
	flw f19, 340(x30)
	la x30, dvals
	flw f28, 672(x30)
	flt.s x20, f19, f28
	fmadd.d f23, f7, f11, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	lbu x12, 1485(x31)
	mulhu x12, x6, x11
	bltu x14, x11, 1f
	sra x24, x8, x1
	xor x13, x16, x18
1:
	remw x29, x21, x9
	c.and x8, x11
	sub x6, x10, x11
	auipc x11, 524288
	sh x26, 1090(x31)
	lui x0, 1
	ori x0, x22, 0
	sw x19, 896(x31)
	subw x26, x16, x0
	sraw x6, x5, x21
	la x30, 1f
	c.jalr x30
	sub x11, x16, x20
1:
	c.addi16sp sp, 16
	c.sdsp x6, 248(sp)
	mv sp, x31
	add x19, x21, x22
	la x30, 1f
	c.jr x30
	sltu x15, x19, x9
1:
	fcvt.s.wu f13, x3, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	mulh x5, x13, x0
	fcvt.wu.d x15, f21, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	lbu x3, 1857(x2)
	addi x30, x31, 1720
	lr.w.aqrl x26, (x30)
	sc.w.aqrl x23, x25, (x30)
	sc.w x18, x24, (x30)
	sw x19, 1536(x31)
	srlw x15, x21, x3
	addi x30, x31, 1064
	amoor.d x9, x20, (x30)
	srai x16, x28, 0
	srliw x0, x28, 31
	la x30, dvals
	fld f6, 472(x30)
	fmax.d f9, f25, f6
	c.swsp x25, 20(sp)
	c.sdsp x28, 384(sp)
	sltiu x18, x19, 0
	addi x30, x31, 208
	lr.d.rl x4, (x30)
	addi x30, x30, 8
	sc.d.rl x21, x27, (x30)
	sc.d x23, x25, (x30)
	c.slli x9, 9
	la x30, 1f
	jalr x16, 0(x30)
	sub x14, x21, x19
1:
	addi x29, x19, -1
	fsqrt.d f1, f10, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	blt x24, x7, 1f
	or x13, x8, x13
	add x21, x6, x25
1:
	bgeu x28, x3, 1f
	srl x22, x19, x21
	sraw x11, x13, x25
1:
	sb x19, 1376(x31)
	la x30, dvals
	flw f11, 676(x30)
	fdiv.s f0, f11, f10, rmm
	la x30, dvals
	flw f15, 600(x30)
	fmul.s f2, f6, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	fsub.s f18, f22, f19, rne
	la x30, dvals
	flw f22, 608(x30)
	fdiv.s f23, f22, f0, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	beq x28, x12, 1f
	sra x6, x24, x28
1:
	srai x29, x6, 0
	slliw x29, x7, 31
	slti x3, x20, 64
	la x30, dvals
	fld f12, 528(x30)
	fdiv.d f18, f12, f30, rne
	lh x6, 1782(x2)
	sw x1, 1268(x31)
	c.addi16sp sp, 16
	c.sdsp x3, 200(sp)
	mv sp, x31
	c.lwsp x25, 128(sp)
	c.ldsp x21, 440(sp)
	c.fsdsp f19, 72(sp)
	fadd.d f0, f20, f14, dyn
	csrrs x29, fflags, x0
	la x30, dvals
	flw f28, 656(x30)
	feq.s x15, f26, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	la x30, dvals
	fld f20, 72(x30)
	la x30, dvals
	fld f1, 240(x30)
	fmul.d f5, f20, f1, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	la x30, dvals
	fld f4, 176(x30)
	la x30, dvals
	fld f25, 432(x30)
	fnmsub.d f12, f2, f4, f25, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	srli x19, x5, 32
	sraiw x24, x29, 1
	c.fldsp f11, 264(sp)
	fmv.w.x f21, x0
	andi x18, x0, 2047
	fmv.d.x f2, x27
	sub x19, x10, x13
	la x30, dvals
	flw f13, 652(x30)
	fsgnjn.s f7, f13, f4
	subw x17, x12, x8
	xor x6, x29, x7
	addiw x5, x24, 31
	remu x1, x21, x0
	slli x12, x10, 0
	slliw x20, x15, 13
	mulhsu x28, x9, x8
	mulhsu x19, x17, x14
	c.j 1f
	sllw x21, x3, x28
1:
	srai x25, x24, 33
	slliw x18, x15, 1
	sltu x5, x9, x13
	ld x21, 952(x2)
	c.lwsp x23, 100(sp)
	c.ldsp x22, 440(sp)
	auipc x12, 1
	c.swsp x10, 228(sp)
	c.sdsp x16, 400(sp)
	la x30, dvals
	fld f25, 40(x30)
	fcvt.l.d x27, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	remw x4, x20, x12
	addi x30, x31, 1712
	amoadd.w.aq x21, x9, (x30)
	slli x13, x27, 33
	sraiw x6, x15, 1
	la x30, dvals
	fld f1, 464(x30)
	fsqrt.d f26, f1, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	mul x21, x23, x25
	la x30, dvals
	fld f13, 576(x30)
	la x30, dvals
	fld f30, 488(x30)
	fmsub.d f7, f13, f0, f30, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	fcvt.d.s f4, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	bne x13, x26, 1f
	srl x29, x0, x21
	or x18, x3, x5
1:
	jal x24, 1f
	or x12, x19, x13
1:
	and x6, x12, x26
	sd x13, 816(x31)
	lh x9, 1292(x31)
	la x30, dvals
	flw f20, 656(x30)
	fsub.s f5, f27, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	la x30, dvals
	flw f11, 372(x30)
	flt.s x21, f24, f11
	la x30, dvals
	fld f0, 560(x30)
	fcvt.wu.d x27, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	la x30, dvals
	fld f14, 576(x30)
	fcvt.s.d f12, f14, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	xori x8, x18, 31
	lhu x18, 700(x31)
	beq x12, x20, 1f
	add x23, x13, x15
	slt x3, x5, x17
1:
	slli x6, x19, 24
	srliw x6, x22, 1
	lbu x24, 1140(x31)
	addi x30, x31, 1448
	amoswap.d.aq x22, x0, (x30)
	lbu x1, 1187(x31)
	addi x30, x31, 984
	amomaxu.d x19, x27, (x30)
	lw x5, 1731(x31)
	ori x0, x9, 0
	remu x8, x26, x7
	fmsub.d f23, f24, f15, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	mul x1, x22, x16
	la x30, dvals
	flw f29, 596(x30)
	la x30, dvals
	flw f15, 628(x30)
	fmax.s f19, f29, f15
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	la x30, dvals
	fld f15, 136(x30)
	la x30, dvals
	fld f30, 24(x30)
	fnmsub.d f3, f23, f15, f30, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	lbu x6, 601(x2)
	srl x22, x5, x26
	la x30, dvals
	fld f28, 576(x30)
	fcvt.lu.d x5, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	la x30, dvals
	flw f2, 368(x30)
	fsqrt.s f16, f2, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	bge x19, x11, 1f
	or x13, x19, x16
	sltu x0, x7, x20
1:
	slt x21, x22, x12
	sltiu x18, x11, 64
	remw x23, x25, x26
	la x30, dvals
	flw f26, 348(x30)
	fmul.s f3, f24, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	la x30, dvals
	fld f28, 144(x30)
	la x30, dvals
	fld f19, 496(x30)
	fmin.d f21, f28, f19
	c.nop
	remuw x25, x29, x24
	la x30, dvals
	fld f26, 488(x30)
	fsgnjn.d f8, f26, f26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	srai x5, x14, 0
	srliw x23, x11, 31
	la x30, dvals
	fld f7, 480(x30)
	la x30, dvals
	fld f7, 504(x30)
	la x30, dvals
	fld f11, 424(x30)
	fmsub.d f9, f7, f7, f11, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	sb x16, 1903(x31)
	bltu x14, x24, 1f
	or x0, x29, x27
1:
	blt x11, x6, 1f
	xor x15, x0, x13
	subw x23, x17, x8
1:
	c.addi x28, 1
	c.addiw x28, -32
	sd x0, 1288(x31)
	fsw f5, 856(x31)
	la x30, 1f
	jalr x23, 1(x30)
	sllw x14, x7, x12
1:
	sra x9, x18, x16
	c.mv x1, x3
	c.add x21, x1
	mv x9, x31
	c.fld f10, 144(x9)
	sw x5, 1056(x31)
	mv x13, x31
	c.fld f12, 216(x13)
	la x30, dvals
	fld f13, 24(x30)
	fclass.d x10, f13
	la x30, dvals
	flw f5, 392(x30)
	fsqrt.s f26, f5, rtz
	addi x30, x31, 1648
	amomaxu.d.aq x8, x5, (x30)
	la x30, dvals
	flw f30, 628(x30)
	fadd.s f7, f15, f30, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	lwu x28, 1640(x2)
	bltu x15, x6, 1f
	sra x10, x3, x25
	slt x8, x29, x5
1:
	c.slli x3, 35
	sh x11, 306(x31)
	jal x13, 1f
	sll x24, x20, x8
1:
	slli x9, x29, 0
	srliw x11, x16, 16
	lbu x1, 1214(x31)
	xor x0, x7, x3
	sd x6, 1680(x31)
	xori x22, x11, -2048
	la x30, dvals
	fld f1, 200(x30)
	la x30, dvals
	fld f27, 544(x30)
	fmax.d f13, f1, f27
	add x16, x17, x12
	la x30, dvals
	flw f4, 336(x30)
	fcvt.lu.s x4, f4, rtz
	subw x13, x26, x25
	addiw x27, x16, 64
	sb x19, 171(x31)
	fmv.d.x f20, x26
	la x30, dvals
	flw f26, 652(x30)
	la x30, dvals
	flw f7, 660(x30)
	la x30, dvals
	flw f13, 680(x30)
	fmsub.s f18, f26, f7, f13, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	lui x13, 0
	remw x17, x9, x19
	bne x3, x18, 1f
	and x25, x26, x24
1:
	remu x1, x8, x3
	srlw x26, x29, x24
	srlw x24, x21, x17
	c.fldsp f30, 8(sp)
	la x30, dvals
	flw f28, 668(x30)
	la x30, dvals
	flw f25, 300(x30)
	fsub.s f15, f28, f25, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	sltiu x4, x1, 0
	lhu x4, 161(x2)
	la x30, dvals
	fld f11, 448(x30)
	fsqrt.d f0, f11, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	lw x24, 700(x31)
	srli x27, x25, 63
	slliw x12, x3, 1
	addi x30, x31, 752
	lr.w.rl x18, (x30)
	sllw x13, x8, x26
	addi x30, x30, 8
	sc.w.rl x19, x29, (x30)
	div x7, x28, x20
	srli x20, x23, 63
	slliw x18, x25, 3
	fmv.w.x f23, x22
	sltiu x6, x24, 0
	la x30, dvals
	flw f4, 292(x30)
	fmsub.s f9, f10, f7, f4, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	remu x26, x28, x27
	slli x12, x24, 32
	sraiw x1, x4, 1
	sb x11, 288(x31)
	la x30, 1f
	jalr x3, 1(x30)
	srl x16, x1, x8
1:
	addw x28, x27, x18
	sb x1, 42(x31)
	mulhsu x24, x24, x18
	lui x16, 412885
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0x3587f9649fc89a11
	.dword 0x1dd576d4d2fa4533
	.dword 0xd1d16bbd6870082e
	.dword 0x47ca6e144b158910
	.dword 0xbcc9756bdeefd779
	.dword 0xa41c4a5987b8e2b2
	.dword 0xe63307e55f3374c2
	.dword 0x04ceaef7f314e99f
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0x3fdae92ecfaa6b29
	.dword 0xc17968769748ed0d
	.dword 0x3e2fc71142dba447
	.dword 0x3ff1fed7a638173a
	.dword 0xbf68cac08df2d430
	.dword 0xc173512b471fb7c0
	.dword 0xbf4317719b2714d7
	.dword 0xbeacd8487844ed72
	.dword 0xc1895dd609e7a3ff
	.dword 0xc1842401755c3e8b
	.dword 0xbfa36ef16b9a250f
	.dword 0xbf30efb8ebb26d7b
	.dword 0xffe602659ff22130
	.dword 0xc1e3244d21d91d08
	.dword 0x433b307a2d03e9b8
	.dword 0x03230bc5a66e8048
	.dword 0x41e52100fa82fc52
	.dword 0x83202243ef6a7d97
	.dword 0x43e98f3f6cdb3eb0
	.dword 0x4334d3311ab09840
	.dword 0x433f5a4d0c4435c6
	.dword 0x43e7879d2390c5f7
	.dword 0x7fe1327103e95db6
	.dword 0xffef7221d6cb7d74
	.word 0x44900c2d
	.word 0x4509376b
	.word 0x3a697b71
	.word 0x3ef6ca5c
	.word 0x3ee89804
	.word 0xc1c40704
	.word 0xbc973d87
	.word 0x43941033
	.word 0x3a862a71
	.word 0x40528dea
	.word 0xc42da185
	.word 0x436903d3
	.word 0xcf4447a5
	.word 0x7f703014
	.word 0xfe9240de
	.word 0x4f765d12
	.word 0xdf18c22b
	.word 0x4b3d4d9e
	.word 0x425dbc
	.word 0x5f31bb51
	.word 0xcf69c7c7
	.word 0xff257e20
	.word 0x5f7febd2
	.word 0x88f897
	.balign 16
scratch:
	.word 0x1652015a
	.word 0x995426a6
	.word 0xad9de4a6
	.word 0x302ca862
	.word 0x137e4b2
	.word 0x499a9622
	.word 0x7085aa2d
	.word 0x7dcd716d
	.word 0xaff7ab3d
	.word 0x894e8d5
	.word 0x244e4052
	.word 0x64cab870
	.word 0x4b5093d2
	.word 0x7c7517a7
	.word 0xeb28407
	.word 0x987b28de
	.word 0x51725bae
	.word 0x5af5430d
	.word 0xa007d2a7
	.word 0x1030ee4e
	.word 0xb2dc3ef2
	.word 0x954eea13
	.word 0x49996cb5
	.word 0xe5f028f2
	.word 0xfd2d0825
	.word 0xd9194011
	.word 0xd2780b1c
	.word 0xb067b0b1
	.word 0x8847c2a9
	.word 0x72498ea0
	.word 0x302842ae
	.word 0x37ce4c90
	.word 0x35da447e
	.word 0xd7e2e054
	.word 0xf6ec91a0
	.word 0xffccda4c
	.word 0xf42869ce
	.word 0xdb2b7d86
	.word 0x27e71eab
	.word 0x42718af2
	.word 0x16d19fc5
	.word 0x800c8771
	.word 0xcb74f00
	.word 0x4fb088cb
	.word 0x8b91347f
	.word 0xecedcf0
	.word 0x7f467d58
	.word 0xad4980ee
	.word 0x37d5c6c4
	.word 0x6ead2902
	.word 0xba2c9444
	.word 0x3c2402d6
	.word 0x33ad01c9
	.word 0xe1196863
	.word 0x4eb8a349
	.word 0xe46a01
	.word 0x392596b3
	.word 0xf585da0a
	.word 0x96531068
	.word 0x7f9322a7
	.word 0x633e27c4
	.word 0x5f1870c7
	.word 0x7117b0a7
	.word 0x676177e6
	.word 0x7a2ff628
	.word 0x19bc3ffd
	.word 0x5639cb5c
	.word 0x851de255
	.word 0x13bc813e
	.word 0xf0fb1e93
	.word 0xf60fd7e7
	.word 0x9295025e
	.word 0x6905bd11
	.word 0xa59ba02
	.word 0x9e25754e
	.word 0x21190c08
	.word 0x139984c4
	.word 0x4323bdc4
	.word 0xa7ffd6a9
	.word 0xf871dfbc
	.word 0xb341f19f
	.word 0x2338b3e6
	.word 0x9dc941c4
	.word 0xbc2fcbc
	.word 0xdeff8456
	.word 0xe0df3eec
	.word 0xe75510cd
	.word 0xecdedf0b
	.word 0xd0cb3614
	.word 0x77344f10
	.word 0x24103f1b
	.word 0x5d9a92a2
	.word 0xf6147de5
	.word 0x4cb4c711
	.word 0x5e872a7a
	.word 0xc2cec45e
	.word 0x52e426fc
	.word 0x114271c1
	.word 0xb035b1fc
	.word 0xc74c6dd9
	.word 0x141a7ce2
	.word 0x2b443501
	.word 0x116c3d93
	.word 0x4d1cc97c
	.word 0x52574fc5
	.word 0xce59f052
	.word 0xfa2ac71b
	.word 0xfbf7399f
	.word 0x845e285d
	.word 0x6be0b617
	.word 0xd96f7846
	.word 0xfa93cdd5
	.word 0xe60ca461
	.word 0x22971901
	.word 0xf75c629a
	.word 0x1aecfcbd
	.word 0x2a18de00
	.word 0xac01b6c
	.word 0x3c1e68fa
	.word 0xd12b5f3a
	.word 0xe34409dc
	.word 0x2d88a483
	.word 0x1a03d9ef
	.word 0x46ff2770
	.word 0xe03fb978
	.word 0xf506ecf0
	.word 0x3b87ef3c
	.word 0xa618d8c
	.word 0x41d21ce4
	.word 0x4b9d25a3
	.word 0xa0f74d7
	.word 0x7629353d
	.word 0x4159123a
	.word 0xd21515
	.word 0xc62118d
	.word 0x84214224
	.word 0x20d716d6
	.word 0x83bb4dd0
	.word 0xaa2622d0
	.word 0xa1fea82e
	.word 0xeb911833
	.word 0xda749378
	.word 0x4b6d59d5
	.word 0xeaa6b63e
	.word 0xb04c69ce
	.word 0x93c359f4
	.word 0xe74914ca
	.word 0x7fd6f262
	.word 0x92c6b74f
	.word 0xc1c1de58
	.word 0xbb5ec8fd
	.word 0x2a6a627d
	.word 0xa29bdc8f
	.word 0xf840514a
	.word 0xbf4467be
	.word 0x45c47287
	.word 0xb90a1eed
	.word 0xa02fb346
	.word 0x9eac54c5
	.word 0x92ab253f
	.word 0x379b7919
	.word 0x4fb6dde5
	.word 0x154ccbe0
	.word 0xa2132f8
	.word 0xa3babc27
	.word 0x73fae138
	.word 0xd4632c16
	.word 0x8dd72826
	.word 0x72a855af
	.word 0x7bacbd81
	.word 0x6f819a6f
	.word 0xc546d529
	.word 0xe39ca1d8
	.word 0x8354db6b
	.word 0x1f0f5997
	.word 0x7385b2a9
	.word 0x7fcef861
	.word 0xb8938800
	.word 0xfbee75e9
	.word 0x9f3aa740
	.word 0xb18a9789
	.word 0x8c0300b4
	.word 0x6eab217e
	.word 0x5a1863bc
	.word 0x9b96d9eb
	.word 0x55d8ae7e
	.word 0x42fe80d5
	.word 0xce695d47
	.word 0x5df83b47
	.word 0x88e37ef
	.word 0x5aa16
	.word 0x1da12615
	.word 0x1510ce24
	.word 0x965d418e
	.word 0xf3ff49b8
	.word 0x43c0df5c
	.word 0x5d451a69
	.word 0x3f00e8cd
	.word 0x613261e1
	.word 0x8cc4bba6
	.word 0x6dbeb9be
	.word 0xebadbbba
	.word 0xc7806f37
	.word 0x86bbaa84
	.word 0x8e813d51
	.word 0x8c427144
	.word 0x8f389e51
	.word 0x2acf528
	.word 0x1d3edeac
	.word 0x1b8c86f9
	.word 0xe12f8950
	.word 0x10b5ab12
	.word 0x1f2086d9
	.word 0xf08f85a4
	.word 0x75bb299
	.word 0x501de9bd
	.word 0x486dda28
	.word 0x963cd43c
	.word 0x9bd11e41
	.word 0xbb352bed
	.word 0xd7581de9
	.word 0x484fa4fb
	.word 0x26c3c8f3
	.word 0xa46d64bd
	.word 0x17a2d8c0
	.word 0xdbe52d3d
	.word 0xb614f19c
	.word 0x2ccbd46f
	.word 0x9e85f6cc
	.word 0x2bd0baa2
	.word 0xac1878e0
	.word 0xc3810522
	.word 0x8783a2b0
	.word 0x896eb01a
	.word 0xb2d62a2c
	.word 0x85e1ad45
	.word 0xb963f941
	.word 0xf3cf6e4
	.word 0xade7fc94
	.word 0x1cdfe06e
	.word 0xfa9850e7
	.word 0xe01ddc05
	.word 0x283768ab
	.word 0x616f2d7a
	.word 0x1cc5cc5a
	.word 0xc95015d
	.word 0x3b601742
	.word 0x8813b46
	.word 0xd2d47af2
	.word 0xecc892d7
	.word 0x2cd3be5e
	.word 0x38122992
	.word 0xd92ab742
	.word 0x7794a4c3
	.word 0x829a1de5
	.word 0xe5fd73b6
	.word 0x3af95813
	.word 0x2e9d2d2e
	.word 0xec2dbef2
	.word 0x2589b26b
	.word 0x6b5faaa9
	.word 0x5f52702c
	.word 0x3ba8e867
	.word 0xf2277d95
	.word 0xaf2fb8bf
	.word 0x5f36e0c3
	.word 0xe6f6ebd4
	.word 0x4a02b452
	.word 0x8d97b8d6
	.word 0x2b25f790
	.word 0x2f20121b
	.word 0x810ff1ea
	.word 0x99634013
	.word 0xdd4a4cc3
	.word 0xe9eb3ea
	.word 0xc4906cfb
	.word 0xe8e267fc
	.word 0x27ab0bb2
	.word 0x9d70735c
	.word 0xf06ce0f1
	.word 0xe22c2fc8
	.word 0x9d769862
	.word 0x812514bf
	.word 0x55ee49a6
	.word 0x7823eab
	.word 0x4ab8ae80
	.word 0xb278a7b4
	.word 0x7740ea93
	.word 0x28454cda
	.word 0xba17ca95
	.word 0x2bec2dd7
	.word 0x6485c57c
	.word 0x596f4649
	.word 0x8561edda
	.word 0xa384c757
	.word 0x56a966e0
	.word 0x34de209a
	.word 0xe96e077c
	.word 0x19b3e43c
	.word 0xc3be8266
	.word 0x6dbb387f
	.word 0x5c2f7985
	.word 0xd0ef814a
	.word 0x381cf409
	.word 0x752d6fa7
	.word 0xc3e59aab
	.word 0x66a89c93
	.word 0xd26207ce
	.word 0xc1ea5ee3
	.word 0xccf904f8
	.word 0x60a82bab
	.word 0xde7251e5
	.word 0x1d99c382
	.word 0x98dbbfb6
	.word 0xa8c0c20
	.word 0xea017d24
	.word 0x71166136
	.word 0x1b2f0a6e
	.word 0xb6345cbf
	.word 0x89d7efae
	.word 0xf060a25f
	.word 0x614d390a
	.word 0xbef5dbc
	.word 0xeb4d1f90
	.word 0x5f58422f
	.word 0xb4acbd81
	.word 0x408d0def
	.word 0xc7233397
	.word 0x8b61e4df
	.word 0x48b1bb62
	.word 0x8465550c
	.word 0xf65c8fae
	.word 0x9286f33a
	.word 0xd0d33c0a
	.word 0x5d16d3c3
	.word 0x6ab0fef4
	.word 0xd8a6cc23
	.word 0x25773af2
	.word 0x870a6726
	.word 0xb63698f1
	.word 0xc039c6c5
	.word 0xe4c24c15
	.word 0x557ec15
	.word 0xe2733f9f
	.word 0x359336bf
	.word 0x3bdb1cbd
	.word 0x51de83fb
	.word 0xb595c64b
	.word 0xa6c8bc45
	.word 0x9948d845
	.word 0xca4715c5
	.word 0x370b96fa
	.word 0xff4a7610
	.word 0x808df454
	.word 0xfeea01b7
	.word 0x654b65f9
	.word 0x377c6163
	.word 0xd15bc5ab
	.word 0x9430dadc
	.word 0x6208b049
	.word 0xf434e369
	.word 0x63671fe5
	.word 0x93e40aa8
	.word 0x44917df0
	.word 0xec64487
	.word 0xc8e322c
	.word 0x93b13e69
	.word 0x3bf4ceb7
	.word 0xe66d8b66
	.word 0xb72d7c26
	.word 0xd9fbe32
	.word 0xb169e0de
	.word 0x233eaa87
	.word 0x3ba807b0
	.word 0x509d59ff
	.word 0x8ffa41ee
	.word 0x3f3ba3ad
	.word 0x228ae74a
	.word 0xb210971b
	.word 0xbe874b22
	.word 0xab873ab3
	.word 0xd6fee7bb
	.word 0x4b39d55f
	.word 0x43d3bf56
	.word 0xb315cc0a
	.word 0x5805a140
	.word 0x69973d96
	.word 0x4a92ea04
	.word 0xed9e5c4d
	.word 0xe4ea0786
	.word 0x274824eb
	.word 0x597ff521
	.word 0x5cab5f4c
	.word 0xdf1a594d
	.word 0x1245d9d4
	.word 0x869ea00b
	.word 0x162c1c4
	.word 0x7217c049
	.word 0xc9ca0d86
	.word 0x872bbedb
	.word 0xeee472c3
	.word 0x7738713d
	.word 0x5ae25bf2
	.word 0x221e74bc
	.word 0x7db9ddf8
	.word 0x86d9219b
	.word 0xffa80d2e
	.word 0x3fbbf728
	.word 0x6a842767
	.word 0x237eba33
	.word 0x732ca5cf
	.word 0x1533f6a5
	.word 0x170b0996
	.word 0xb107a3ca
	.word 0xeaa6efd5
	.word 0xdcd6db1b
	.word 0xf102a0e1
	.word 0x6c49fae
	.word 0x3313b3f6
	.word 0xe8c77940
	.word 0xfa002c57
	.word 0xedcc1d2
	.word 0x4a3f9e81
	.word 0x8413acb6
	.word 0xc1279af4
	.word 0x7d597ac8
	.word 0x120a2ac8
	.word 0xbd332d41
	.word 0xcbf7408c
	.word 0x5f3cfe9f
	.word 0xdd00a3e8
	.word 0xe6c52d96
	.word 0x2d8e498d
	.word 0x734ce192
	.word 0xa4138d
	.word 0xd86bae07
	.word 0x18c80292
	.word 0xbd3953f
	.word 0x57fd7925
	.word 0xe3ed0c69
	.word 0xe61a679
	.word 0x6f7dfeee
	.word 0xc4aa817e
	.word 0x4246cbc
	.word 0xbfc6a4c5
	.word 0x981c2a
	.word 0x60b6e924
	.word 0xfd4ca4d
	.word 0x45390163
	.word 0xc7bf2ec9
	.word 0x6ea5e0ba
	.word 0x84ebf583
	.word 0xb126fd6e
	.word 0xbfea4f4b
	.word 0x3669dd0a
	.word 0xb4dbe62e
	.word 0xcbd60601
	.word 0x69d252ca
	.word 0x52eb62ef
	.word 0xe8652b34
	.word 0xed723b15
	.word 0xe8090dbd
	.word 0xfe67e522
	.word 0x5ab72c23
	.word 0x595164fa
	.word 0xcc0dddbd
	.word 0x80f28a60
	.word 0xe662b55f
	.word 0xa9e8aa5b
	.word 0x28d1154a
	.word 0x45725eb6
	.word 0xda37a564
	.word 0xfdfd7709
	.word 0x3093ae67
	.word 0xeeb2f5c8
	.word 0xb17e146d
	.word 0xd823f14
	.word 0x673dea4
	.word 0xc94b6e97
	.word 0x37a247bb
	.word 0x95f61a31
	.word 0x80b23c49
	.word 0x20548554
	.word 0xaf35f84b
	.word 0x17ae9af5
	.word 0x5afb492d
	.word 0x4800e882
	.word 0xf700c34a
	.word 0x2576b3e
	.word 0x92b4866
	.word 0x64d0b6d5
	.word 0x334fd5d0
	.word 0xf743946a
	.word 0x3c1c472d
	.word 0x2bce1771
	.word 0xcd283fc1
	.word 0x90df2f89
	.word 0xd0e896de
	.word 0x8455cf27
	.word 0x8b970e1f
	.word 0x20cfbd95
	.word 0x38d3b34b
	.word 0x99e476d6
	.word 0xf0e91469
	.word 0x9eeff63b
	.word 0x653c63cf
	.word 0xc1fb1acd
	.word 0xf6ff981c
	.word 0xba7f46a2
	.word 0x7ced117
	.word 0x6067a3c1
	.word 0x17e6f00e
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
